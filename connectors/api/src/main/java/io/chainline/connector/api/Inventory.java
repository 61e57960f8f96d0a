package io.chainline.connector.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a target has: its nodes (Kubernetes nodes, Swarm nodes or the Docker host, OpenStack hypervisors) and, on
 * Kubernetes, the runtime classes that sandboxed network functions need.
 */
public record Inventory(String serverVersion, List<Node> nodes, List<RuntimeClass> runtimeClasses) {

    public Inventory {
        nodes = List.copyOf(nodes);
        runtimeClasses = List.copyOf(runtimeClasses);
    }

    /**
     * One node. {@code architecture} is empty when the platform reported a name Chainline does not know; the raw
     * name is kept in {@code reportedArchitecture} so the operator sees what was said.
     */
    public record Node(
            String name,
            Optional<Architecture> architecture,
            String reportedArchitecture,
            String operatingSystem,
            long allocatableMilliCpu,
            long allocatableMemoryBytes,
            Map<String, String> labels,
            boolean ready) {

        public Node {
            labels = Map.copyOf(labels);
        }
    }

    /** A Kubernetes RuntimeClass: its name (what pods ask for) and its handler (kata-qemu, runc…). */
    public record RuntimeClass(String name, String handler) {}

    /** Node counts by architecture, in a stable order; unknown architectures are counted under their reported name. */
    public Map<String, Long> nodesByArchitecture() {
        return nodes.stream()
                .collect(Collectors.groupingBy(
                        n -> n.architecture().map(Architecture::ociName).orElse(n.reportedArchitecture()),
                        TreeMap::new,
                        Collectors.counting()));
    }

    public Set<Architecture> architectures() {
        return nodes.stream().flatMap(n -> n.architecture().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
