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
 * @param configuration configuration files or values (a ConfigMap), by key; the chain context is one of them
 *     ({@link #CHAIN_CONTEXT})
 * @param dataPlane its interfaces on the chain's link networks, and whether it forwards; {@link DataPlane#NONE} for
 *     a workload only on the deployment's management network
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
        Map<String, String> configuration,
        DataPlane dataPlane) {

    /** The configuration key of the chain context document (docs/chain-context.md), mounted like any other file. */
    public static final String CHAIN_CONTEXT = "chain-context.json";

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

    /** A workload only on the management network. */
    public Workload(
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
        this(
                nf,
                vdu,
                stateful,
                replicas,
                containers,
                vm,
                isolation,
                runtimeClass,
                architectures,
                spreadAcrossNodes,
                connectionPoints,
                configuration,
                DataPlane.NONE);
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

    /**
     * Where a workload sits on the chain's data plane.
     *
     * @param attachments its data interfaces, in connection-point order: the first is {@code eth1}, since {@code eth0}
     *     is the management network's
     * @param forwarding it forwards packets between its interfaces: IPv4 forwarding on ({@code net.ipv4.ip_forward=1}),
     *     and on OpenStack port security relaxed with allowed address pairs
     * @param capabilities Linux capabilities its containers need beyond the default set ({@code NET_ADMIN} to set
     *     routes), as the descriptor's Chainline extension declares them
     */
    public record DataPlane(List<Attachment> attachments, boolean forwarding, Set<String> capabilities) {

        public static final DataPlane NONE = new DataPlane(List.of(), false, Set.of());

        public DataPlane {
            attachments = List.copyOf(attachments);
            capabilities = Set.copyOf(capabilities);
        }
    }

    /**
     * One data interface: a connection point on a link network.
     *
     * @param connectionPoint the CP's name in the descriptor
     * @param link the {@link LinkNetwork#link()} it is on
     * @param interfaceName inside the workload ({@code eth1}, {@code eth2}…, in CP order)
     * @param addresses its fixed addresses, one per instance in instance order (no prefix length: the link's CIDR
     *     gives it); empty where the platform allocates (DHCP, IPAM)
     */
    public record Attachment(String connectionPoint, String link, String interfaceName, List<String> addresses) {
        public Attachment {
            addresses = List.copyOf(addresses);
        }
    }
}
