package io.chainline.connector.kubernetes;

import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a deployment owns on the cluster and says what is wrong the way an operator would: "image cannot be
 * pulled", "no arm64 node can run it", "keeps crashing", instead of ErrImagePull and FailedScheduling.
 */
final class KubernetesObserver {

    private final KubernetesClient client;
    private final Multus multus;

    KubernetesObserver(KubernetesClient client) {
        this.client = client;
        this.multus = new Multus(client);
    }

    Observation observe(DeploymentRef deployment) {
        String namespace = deployment.namespaceOrDefault();
        List<Pod> pods = client.pods()
                .inNamespace(namespace)
                .withLabel(Ownership.DEPLOYMENT, deployment.id())
                .list()
                .getItems();
        List<Observation.ResourceStatus> resources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Class<? extends HasMetadata> kind : KubernetesConnector.OWNED_KINDS) {
            for (HasMetadata object : client.resources(kind)
                    .inNamespace(namespace)
                    .withLabel(Ownership.DEPLOYMENT, deployment.id())
                    .list()
                    .getItems()) {
                names.add(object.getMetadata().getName());
                resources.add(status(object, pods));
            }
        }
        for (NetworkAttachmentDefinition network : multus.owned(deployment)) {
            names.add(network.getMetadata().getName());
            resources.add(status(network, pods));
        }
        return new Observation(resources, events(namespace, names));
    }

    /** For apply's readiness report: why the workload is not ready yet. */
    String whyNotReady(DeploymentRef deployment, Workload workload) {
        return observe(deployment).resources().stream()
                .filter(r -> r.workload().equals(workload.name()) && Manifests.isWorkload(kindOf(r)))
                .map(Observation.ResourceStatus::message)
                .findFirst()
                .orElse("not created");
    }

    private static HasMetadata kindOf(Observation.ResourceStatus status) {
        return status.resource().kind().equals("StatefulSet") ? new StatefulSet() : new Deployment();
    }

    /** Kubernetes says a rollout stopped progressing (its deadline passed) before any pod fails outright. */
    private static Optional<String> stalled(Deployment d) {
        return d.getStatus() == null
                ? Optional.empty()
                : d.getStatus().getConditions().stream()
                        .filter(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))
                        .map(DeploymentCondition::getMessage)
                        .map(m -> "The rollout did not finish in time: " + m)
                        .findFirst();
    }

    private Observation.ResourceStatus status(HasMetadata object, List<Pod> pods) {
        Map<String, String> labels =
                Optional.ofNullable(object.getMetadata().getLabels()).orElse(Map.of());
        String workload = labels.containsKey(Ownership.NF) && labels.containsKey(Ownership.VDU)
                ? labels.get(Ownership.NF) + "-" + labels.get(Ownership.VDU)
                : "";
        ResourceRef ref = KubernetesConnector.ref(object);
        int desired;
        int ready;
        Optional<String> stalled = Optional.empty();
        if (object instanceof Deployment d) {
            desired = Optional.ofNullable(d.getSpec().getReplicas()).orElse(1);
            ready = d.getStatus() == null
                    ? 0
                    : Optional.ofNullable(d.getStatus().getReadyReplicas()).orElse(0);
            stalled = stalled(d);
        } else if (object instanceof StatefulSet s) {
            desired = Optional.ofNullable(s.getSpec().getReplicas()).orElse(1);
            ready = s.getStatus() == null
                    ? 0
                    : Optional.ofNullable(s.getStatus().getReadyReplicas()).orElse(0);
        } else {
            return new Observation.ResourceStatus(ref, workload, Observation.State.READY, 1, 1, "");
        }
        Optional<String> failure = stalled.or(() -> podFailure(pods, labels));
        if (failure.isPresent()) {
            return new Observation.ResourceStatus(
                    ref, workload, Observation.State.FAILED, desired, ready, failure.get());
        }
        boolean done = ready >= desired;
        return new Observation.ResourceStatus(
                ref,
                workload,
                done ? Observation.State.READY : Observation.State.PROGRESSING,
                desired,
                ready,
                done ? "" : ready + " of " + desired + " instances ready");
    }

    /** The first pod problem of the workload, in words. */
    private static Optional<String> podFailure(List<Pod> pods, Map<String, String> labels) {
        for (Pod pod : pods) {
            Map<String, String> podLabels =
                    Optional.ofNullable(pod.getMetadata().getLabels()).orElse(Map.of());
            if (!labels.get(Ownership.NF).equals(podLabels.get(Ownership.NF))
                    || !labels.get(Ownership.VDU).equals(podLabels.get(Ownership.VDU))
                    || pod.getStatus() == null) {
                continue;
            }
            if ("SysctlForbidden".equals(pod.getStatus().getReason())) {
                return Optional.of(forwardingForbidden(pod.getStatus().getMessage()));
            }
            for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
                if (container.getState() != null && container.getState().getWaiting() != null) {
                    String reason = container.getState().getWaiting().getReason();
                    String message = Optional.ofNullable(
                                    container.getState().getWaiting().getMessage())
                            .orElse("");
                    Optional<String> said = waiting(reason, message, container);
                    if (said.isPresent()) {
                        return said;
                    }
                }
            }
            for (PodCondition condition : pod.getStatus().getConditions()) {
                if ("PodScheduled".equals(condition.getType())
                        && "False".equals(condition.getStatus())
                        && "Unschedulable".equals(condition.getReason())) {
                    return Optional.of(unschedulable(condition.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> waiting(String reason, String message, ContainerStatus container) {
        return switch (String.valueOf(reason)) {
            case "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull" ->
                Optional.of("The image " + container.getImage() + " cannot be pulled: " + message
                        + " Check the reference and digest, and the registry credentials of the cluster.");
            case "CrashLoopBackOff" ->
                Optional.of("Container " + container.getName() + " keeps crashing (restarted "
                        + container.getRestartCount() + " times); Kubernetes restarts it with back-off. " + message);
            case "CreateContainerConfigError", "CreateContainerError", "RunContainerError" ->
                Optional.of("Container " + container.getName() + " cannot be started: " + message);
            default -> Optional.empty();
        };
    }

    /** The kubelet refused the pod's {@code net.ipv4.ip_forward} sysctl (an unsafe one) before starting it. */
    static String forwardingForbidden(String message) {
        return "The node's kubelet does not allow IPv4 forwarding in pods, which this forwarding NF needs: start the"
                + " kubelets with --allowed-unsafe-sysctls=net.ipv4.ip_forward. Kubelet: " + message;
    }

    static String unschedulable(String message) {
        String text = String.valueOf(message);
        if (text.contains("node affinity") || text.contains("node selector") || text.contains("nodeSelector")) {
            return "No node can run it: no node has a matching architecture (kubernetes.io/arch) and labels. Add"
                    + " nodes of an allowed architecture, or publish the image for the architectures the cluster has."
                    + " Scheduler: " + text;
        }
        if (text.contains("Insufficient")) {
            return "No node has enough free CPU or memory for it. Scheduler: " + text;
        }
        if (text.contains("anti-affinity")) {
            return "Its instances must run on different nodes, and there are not enough nodes. Scheduler: " + text;
        }
        return "No node can run it. Scheduler: " + text;
    }

    private List<Observation.Event> events(String namespace, List<String> owned) {
        List<Event> events = client.v1().events().inNamespace(namespace).list().getItems();
        return events.stream()
                .filter(e -> e.getInvolvedObject() != null
                        && owned.stream()
                                .anyMatch(n -> String.valueOf(
                                                e.getInvolvedObject().getName())
                                        .startsWith(n)))
                .map(KubernetesObserver::event)
                .sorted(Comparator.comparing(Observation.Event::at))
                .toList();
    }

    private static Observation.Event event(Event e) {
        String reason = String.valueOf(e.getReason());
        String message = String.valueOf(e.getMessage());
        String said = switch (reason) {
            case "FailedScheduling" -> unschedulable(message);
            case "SysctlForbidden" -> forwardingForbidden(message);
            case "FailedCreatePodSandBox" ->
                message.contains("multus") || message.contains("Multus")
                        ? "The pod's link networks could not be attached (Multus and the link's CNI plugin): " + message
                        : message;
            case "Failed" ->
                message.contains("pull") || message.contains("image")
                        ? "An image cannot be pulled: " + message
                        : "A container failed: " + message;
            case "BackOff" -> "A container keeps crashing or its image keeps failing; Kubernetes backs off: " + message;
            default -> message;
        };
        String when = Optional.ofNullable(e.getLastTimestamp())
                .or(() -> Optional.ofNullable(e.getFirstTimestamp()))
                .or(() -> Optional.ofNullable(e.getEventTime()).map(t -> t.getTime()))
                .orElse("1970-01-01T00:00:00Z");
        var involved = e.getInvolvedObject();
        return new Observation.Event(
                parse(when),
                new ResourceRef(
                        String.valueOf(involved.getKind()),
                        Optional.ofNullable(involved.getNamespace()).orElse(""),
                        String.valueOf(involved.getName())),
                "Warning".equals(e.getType()),
                reason,
                said);
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
