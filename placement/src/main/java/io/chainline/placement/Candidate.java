package io.chainline.placement;

import io.chainline.connector.api.Architecture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fleet target as placement sees it: what it runs, its labels, whether it is healthy, its nodes with their free
 * capacity, and the sandbox runtimes it offers.
 *
 * @param sandboxRuntimes runtime class names whose handler is a lightweight-VM runtime (Kata)
 */
public record Candidate(
        String id,
        String name,
        String kind,
        Map<String, String> labels,
        boolean healthy,
        String healthNote,
        boolean runsContainers,
        boolean runsVirtualMachines,
        Set<String> sandboxRuntimes,
        List<Node> nodes) {

    public Candidate {
        labels = Map.copyOf(labels);
        sandboxRuntimes = Set.copyOf(sandboxRuntimes);
        nodes = List.copyOf(nodes);
    }

    /** A node (Kubernetes node, Swarm node, Docker host or hypervisor) and what it has free. */
    public record Node(
            String name,
            Optional<Architecture> architecture,
            long milliCpu,
            long memoryBytes,
            Map<String, String> labels,
            boolean ready) {
        public Node {
            labels = Map.copyOf(labels);
        }
    }
}
