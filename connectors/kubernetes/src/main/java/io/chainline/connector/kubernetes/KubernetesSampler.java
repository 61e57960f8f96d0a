package io.chainline.connector.kubernetes;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.WorkloadSample;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pod figures from the metrics API (metrics.k8s.io, served by metrics-server) and restarts from the pods' container
 * statuses. A cluster without the metrics API cannot say, which is an answer (empty), not a failure. The metrics API
 * has no traffic counters, so those stay unknown.
 */
final class KubernetesSampler {

    static final String METRICS_GROUP = "metrics.k8s.io";

    private final KubernetesClient client;

    KubernetesSampler(KubernetesClient client) {
        this.client = client;
    }

    Optional<List<WorkloadSample>> sample(DeploymentRef deployment) {
        if (!metricsServed()) {
            return Optional.empty();
        }
        String namespace = deployment.namespaceOrDefault();
        Map<String, String> owned = Map.of(Ownership.DEPLOYMENT, deployment.id());
        List<PodMetrics> metrics;
        try {
            metrics = client.top()
                    .pods()
                    .inNamespace(namespace)
                    .withLabels(owned)
                    .metrics()
                    .getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404 || e.getCode() == 503) {
                return Optional.empty(); // registered but not served (metrics-server down or starting)
            }
            throw e;
        }
        Map<String, Pod> pods = client.pods().inNamespace(namespace).withLabels(owned).list().getItems().stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), Function.identity(), (a, b) -> a));
        List<WorkloadSample> samples = new ArrayList<>();
        for (PodMetrics podMetrics : metrics) {
            Pod pod = pods.get(podMetrics.getMetadata().getName());
            if (pod != null) {
                samples.add(sample(pod, podMetrics));
            }
        }
        return Optional.of(samples);
    }

    /** Whether discovery lists metrics.k8s.io (asking for the group by name is answered by some servers anyway). */
    private boolean metricsServed() {
        var groups = client.getApiGroups();
        return groups != null
                && groups.getGroups() != null
                && groups.getGroups().stream().anyMatch(g -> METRICS_GROUP.equals(g.getName()));
    }

    static WorkloadSample sample(Pod pod, PodMetrics metrics) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        double cores = 0;
        long memory = 0;
        for (ContainerMetrics container : metrics.getContainers()) {
            Map<String, Quantity> usage = container.getUsage();
            cores += amount(usage.get("cpu")).doubleValue();
            memory += amount(usage.get("memory")).longValue();
        }
        long restarts = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? 0
                : pod.getStatus().getContainerStatuses().stream()
                        .map(ContainerStatus::getRestartCount)
                        .filter(java.util.Objects::nonNull)
                        .mapToLong(Integer::longValue)
                        .sum();
        return new WorkloadSample(
                labels.get(Ownership.NF) + "-" + labels.get(Ownership.VDU),
                new ResourceRef(
                        "Pod",
                        pod.getMetadata().getNamespace(),
                        pod.getMetadata().getName()),
                at(metrics.getTimestamp()),
                cores,
                memory,
                restarts,
                OptionalLong.empty(),
                OptionalLong.empty());
    }

    private static BigDecimal amount(Quantity quantity) {
        return quantity == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(quantity);
    }

    private static Instant at(String timestamp) {
        try {
            return timestamp == null ? Instant.now() : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
