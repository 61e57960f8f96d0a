package io.chainline.placement;

import io.chainline.connector.api.Architecture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one VDU of one network function needs from a target.
 *
 * @param nf the network function's name in the chain
 * @param vdu the VDU's name in its descriptor
 * @param replicas how many instances
 * @param virtualMachine a VM image (OpenStack) rather than containers
 * @param imageArchitectures the platforms the image offers (empty: unknown, any)
 * @param allowedArchitectures what the VDU allows (empty: any)
 * @param sandboxRuntime for a sandboxed VDU, the runtime class it asks for (kata-qemu); empty: shared kernel
 * @param milliCpu CPU per instance, in thousandths of a core
 * @param memoryBytes memory per instance
 * @param spreadAcrossNodes anti-affinity: no two instances on one node
 * @param nodeLabels labels a node must carry
 * @param neighbours network functions this one exchanges traffic with: sharing their target keeps the chain local
 */
public record Demand(
        String nf,
        String vdu,
        int replicas,
        boolean virtualMachine,
        Set<Architecture> imageArchitectures,
        Set<Architecture> allowedArchitectures,
        Optional<String> sandboxRuntime,
        long milliCpu,
        long memoryBytes,
        boolean spreadAcrossNodes,
        Map<String, String> nodeLabels,
        List<String> neighbours) {

    public Demand {
        imageArchitectures = Set.copyOf(imageArchitectures);
        allowedArchitectures = Set.copyOf(allowedArchitectures);
        nodeLabels = Map.copyOf(nodeLabels);
        neighbours = List.copyOf(neighbours);
        if (replicas < 0 || milliCpu < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("Demand " + nf + "/" + vdu + " has a negative size.");
        }
    }

    /** {@code firewall/fw}: how plans name it. */
    public String label() {
        return nf + "/" + vdu;
    }
}
