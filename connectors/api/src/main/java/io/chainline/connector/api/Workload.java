package io.chainline.connector.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One VDU of one network function, as a target runs it: its containers (or VM), how many, where it may run and how
 * it is isolated.
 *
 * @param nf the network function's name in the service chain (firewall)
 * @param vdu the VDU's name in its descriptor (fw)
 * @param stateful keeps identity and storage per instance (StatefulSet) instead of interchangeable replicas
 * @param runtimeClass for {@link Isolation#SANDBOXED}: the sandbox runtime (kata-qemu); refused where missing
 * @param architectures where it may run: the image's platforms intersected with the VDU's allowed architectures
 *     ({@link Platforms#runnable}); empty means anywhere
 * @param spreadAcrossNodes an anti-affinity rule: no two instances on one node
 * @param connectionPoints the points other NFs reach it on (a Kubernetes Service each)
 * @param configuration configuration files or values (a ConfigMap), by key
 */
public record Workload(
        String nf,
        String vdu,
        boolean stateful,
        int replicas,
        List<ContainerSpec> containers,
        Optional<VmSpec> vm,
        Isolation isolation,
        Optional<String> runtimeClass,
        Set<Architecture> architectures,
        boolean spreadAcrossNodes,
        List<ConnectionPoint> connectionPoints,
        Map<String, String> configuration) {

    /** Shared kernel (runc) or a lightweight-VM sandbox (Kata, through a runtime class). */
    public enum Isolation {
        SHARED_KERNEL,
        SANDBOXED
    }

    public Workload {
        DeploymentRef.requireDnsLabel(nf, 30, "network function name");
        DeploymentRef.requireDnsLabel(vdu, 30, "VDU name");
        if (replicas < 0) {
            throw new IllegalArgumentException("Workload " + nf + "/" + vdu + " asks for " + replicas + " replicas.");
        }
        if (containers.isEmpty() == vm.isEmpty()) {
            throw new IllegalArgumentException("Workload " + nf + "/" + vdu + " needs containers or a VM, not both.");
        }
        if (isolation == Isolation.SANDBOXED && runtimeClass.isEmpty()) {
            throw new IllegalArgumentException(
                    "Workload " + nf + "/" + vdu + " is sandboxed but names no runtime class (kata-qemu, kata-fc…).");
        }
        containers = List.copyOf(containers);
        architectures = Set.copyOf(architectures);
        connectionPoints = List.copyOf(connectionPoints);
        configuration = Map.copyOf(configuration);
    }

    /** {@code firewall-fw}: how platforms name the workload's resources inside the deployment. */
    public String name() {
        return nf + "-" + vdu;
    }

    /** One container of a containerised VDU; the image is pinned by digest before anything runs. */
    public record ContainerSpec(
            String name,
            String image,
            long cpuRequestMilli,
            long cpuLimitMilli,
            long memoryRequestBytes,
            long memoryLimitBytes,
            Map<String, String> environment,
            List<Port> ports,
            Optional<Probe> liveness,
            Optional<Probe> readiness) {

        public ContainerSpec {
            environment = Map.copyOf(environment);
            ports = List.copyOf(ports);
        }
    }

    /** A VM VDU: the image in the VIM, its size and its first-boot data. */
    public record VmSpec(String image, int vcpus, long memoryBytes, long diskBytes, Optional<String> userData) {}

    /** A port: name, number and protocol (TCP, UDP, SCTP). */
    public record Port(String name, int port, String protocol) {}

    /** A health probe: {@code http} (target = path), {@code tcp}, or {@code exec} (target = command). */
    public record Probe(String kind, String target, int port, int periodSeconds) {}

    /** Where other NFs reach this one. */
    public record ConnectionPoint(String name, List<Port> ports) {
        public ConnectionPoint {
            DeploymentRef.requireDnsLabel(name, 30, "connection point name");
            ports = List.copyOf(ports);
        }
    }
}
