package io.chainline.connector.kubernetes;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One workload as Kubernetes objects: its ConfigMap, a Service per connection point, and a Deployment (or a
 * StatefulSet with its headless Service) whose pods carry the resources, probes, runtime class and architecture
 * placement the descriptor asked for.
 */
final class WorkloadManifests {

    static final String ARCH_LABEL = "kubernetes.io/arch";
    static final String CONFIG_MOUNT = "/etc/chainline/config";

    private final DeploymentRef ref;
    private final String namespace;
    private final PodNetworks podNetworks;

    WorkloadManifests(DeploymentRef ref, String namespace) {
        this(ref, namespace, List.of());
    }

    WorkloadManifests(DeploymentRef ref, String namespace, List<LinkNetwork> networks) {
        this.ref = ref;
        this.namespace = namespace;
        this.podNetworks = new PodNetworks(ref, namespace, networks);
    }

    List<HasMetadata> of(Workload workload) {
        List<HasMetadata> objects = new ArrayList<>();
        if (!workload.configuration().isEmpty()) {
            objects.add(configMap(workload));
        }
        if (workload.stateful()) {
            objects.add(new ServiceBuilder()
                    .withMetadata(meta(workload, Names.fit(workload.name())))
                    .withNewSpec()
                    .withClusterIP("None")
                    .withSelector(selector(workload))
                    .withPorts(servicePorts(allPorts(workload)))
                    .endSpec()
                    .build());
        }
        for (Workload.ConnectionPoint cp : workload.connectionPoints()) {
            List<Workload.Port> ports = cp.ports().isEmpty() ? allPorts(workload) : cp.ports();
            if (!ports.isEmpty()) {
                objects.add(new ServiceBuilder()
                        .withMetadata(meta(workload, Names.fit(workload.name() + "-" + cp.name())))
                        .withNewSpec()
                        .withSelector(selector(workload))
                        .withPorts(servicePorts(ports))
                        .endSpec()
                        .build());
            }
        }
        objects.add(workload.stateful() ? statefulSet(workload) : deployment(workload));
        return objects;
    }

    /** The labels every object of the workload carries: Chainline's ownership plus the app.kubernetes.io set. */
    Map<String, String> labels(Workload workload) {
        Map<String, String> labels = new LinkedHashMap<>(Ownership.of(ref, workload));
        labels.put("app.kubernetes.io/name", workload.nf());
        labels.put("app.kubernetes.io/component", workload.vdu());
        labels.put("app.kubernetes.io/instance", Names.fit(ref.id() + "-" + workload.nf()));
        labels.put("app.kubernetes.io/part-of", ref.id());
        return labels;
    }

    /** What selects the workload's pods: the ownership labels, which never change for the workload's lifetime. */
    Map<String, String> selector(Workload workload) {
        return new TreeMap<>(Ownership.of(ref, workload));
    }

    private ObjectMeta meta(Workload workload, String name) {
        return new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(namespace)
                .withLabels(labels(workload))
                .build();
    }

    private ConfigMap configMap(Workload workload) {
        return new ConfigMapBuilder()
                .withMetadata(meta(workload, configName(workload)))
                .withData(new TreeMap<>(workload.configuration()))
                .build();
    }

    private static String configName(Workload workload) {
        return Names.fit(workload.name() + "-config");
    }

    private HasMetadata deployment(Workload workload) {
        return new DeploymentBuilder()
                .withMetadata(meta(workload, Names.fit(workload.name())))
                .withNewSpec()
                .withReplicas(workload.replicas())
                .withNewSelector()
                .withMatchLabels(selector(workload))
                .endSelector()
                .withTemplate(template(workload))
                .endSpec()
                .build();
    }

    private HasMetadata statefulSet(Workload workload) {
        return new StatefulSetBuilder()
                .withMetadata(meta(workload, Names.fit(workload.name())))
                .withNewSpec()
                .withReplicas(workload.replicas())
                .withServiceName(Names.fit(workload.name()))
                .withNewSelector()
                .withMatchLabels(selector(workload))
                .endSelector()
                .withTemplate(template(workload))
                .endSpec()
                .build();
    }

    private PodTemplateSpec template(Workload workload) {
        ObjectMetaBuilder meta = new ObjectMetaBuilder().withLabels(labels(workload));
        Map<String, String> annotations = podNetworks.annotations(workload);
        if (!annotations.isEmpty()) {
            meta.withAnnotations(annotations);
        }
        return new PodTemplateSpecBuilder()
                .withMetadata(meta.build())
                .withSpec(podSpec(workload))
                .build();
    }

    private PodSpec podSpec(Workload workload) {
        PodSpecBuilder spec = new PodSpecBuilder()
                .withContainers(workload.containers().stream()
                        .map(c -> container(
                                workload, c, c == workload.containers().getFirst()))
                        .toList());
        workload.runtimeClass()
                .filter(r -> workload.isolation() == Workload.Isolation.SANDBOXED)
                .ifPresent(spec::withRuntimeClassName);
        Map<String, String> nodeSelector = new TreeMap<>();
        nodeSelector.put("kubernetes.io/os", "linux");
        if (workload.architectures().size() == 1) {
            nodeSelector.put(
                    ARCH_LABEL, workload.architectures().iterator().next().ociName());
        }
        spec.withNodeSelector(nodeSelector);
        affinity(workload).ifPresent(spec::withAffinity);
        podNetworks.decorate(spec, workload);
        if (!workload.configuration().isEmpty()) {
            spec.addNewVolume()
                    .withName("config")
                    .withNewConfigMap()
                    .withName(configName(workload))
                    .endConfigMap()
                    .endVolume();
        }
        return spec.build();
    }

    /** Several allowed architectures need node affinity (a selector takes one value); spreading needs anti-affinity. */
    private Optional<Affinity> affinity(Workload workload) {
        if (workload.architectures().size() <= 1 && !workload.spreadAcrossNodes()) {
            return Optional.empty();
        }
        AffinityBuilder affinity = new AffinityBuilder();
        if (workload.architectures().size() > 1) {
            affinity.withNewNodeAffinity()
                    .withNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .addNewNodeSelectorTerm()
                    .addNewMatchExpression()
                    .withKey(ARCH_LABEL)
                    .withOperator("In")
                    .withValues(workload.architectures().stream()
                            .map(Architecture::ociName)
                            .sorted()
                            .toList())
                    .endMatchExpression()
                    .endNodeSelectorTerm()
                    .endRequiredDuringSchedulingIgnoredDuringExecution()
                    .endNodeAffinity();
        }
        if (workload.spreadAcrossNodes()) {
            affinity.withNewPodAntiAffinity()
                    .addNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .withTopologyKey("kubernetes.io/hostname")
                    .withNewLabelSelector()
                    .withMatchLabels(selector(workload))
                    .endLabelSelector()
                    .endRequiredDuringSchedulingIgnoredDuringExecution()
                    .endPodAntiAffinity();
        }
        return Optional.of(affinity.build());
    }

    private Container container(Workload workload, Workload.ContainerSpec c, boolean first) {
        ContainerBuilder container = new ContainerBuilder()
                .withName(c.name())
                .withImage(c.image())
                .withNewResources()
                .addToRequests("cpu", Quantities.cpu(c.cpuRequestMilli()))
                .addToRequests("memory", Quantities.memory(c.memoryRequestBytes()))
                .addToLimits("cpu", Quantities.cpu(c.cpuLimitMilli()))
                .addToLimits("memory", Quantities.memory(c.memoryLimitBytes()))
                .endResources()
                .withEnv(new TreeMap<>(c.environment())
                        .entrySet().stream()
                                .map(e -> new EnvVar(e.getKey(), e.getValue(), null))
                                .toList());
        c.ports()
                .forEach(p -> container
                        .addNewPort()
                        .withName(p.name())
                        .withContainerPort(p.port())
                        .withProtocol(p.protocol())
                        .endPort());
        c.liveness().map(WorkloadManifests::probe).ifPresent(container::withLivenessProbe);
        c.readiness().map(WorkloadManifests::probe).ifPresent(container::withReadinessProbe);
        if (!workload.configuration().isEmpty()) {
            container
                    .addNewVolumeMount()
                    .withName("config")
                    .withMountPath(CONFIG_MOUNT)
                    .withReadOnly(true)
                    .endVolumeMount();
        }
        podNetworks.decorate(container, workload, first);
        return container.build();
    }

    private static Probe probe(Workload.Probe p) {
        ProbeBuilder probe = new ProbeBuilder().withPeriodSeconds(p.periodSeconds());
        switch (p.kind()) {
            case "http" ->
                probe.withNewHttpGet()
                        .withPath(p.target())
                        .withNewPort(p.port())
                        .endHttpGet();
            case "exec" ->
                probe.withNewExec().withCommand("/bin/sh", "-c", p.target()).endExec();
            default -> probe.withNewTcpSocket().withNewPort(p.port()).endTcpSocket();
        }
        return probe.build();
    }

    private static List<Workload.Port> allPorts(Workload workload) {
        return workload.containers().stream().flatMap(c -> c.ports().stream()).toList();
    }

    private static List<ServicePort> servicePorts(List<Workload.Port> ports) {
        return ports.stream()
                .map(p -> new ServicePortBuilder()
                        .withName(p.name())
                        .withPort(p.port())
                        .withNewTargetPort(p.port())
                        .withProtocol(p.protocol())
                        .build())
                .toList();
    }
}
