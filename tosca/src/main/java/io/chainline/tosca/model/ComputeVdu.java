package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/** {@code tosca.nodes.nfv.Vdu.Compute}: a virtual machine, sized by its {@code virtual_compute} capability. */
public record ComputeVdu(
        String node,
        String name,
        String description,
        VduProfile profile,
        int virtualCpus,
        long memoryBytes,
        Optional<String> cpuArchitecture,
        Optional<SwImage> image,
        List<String> storages,
        VduExtensions extensions)
        implements Vdu {

    public ComputeVdu {
        storages = List.copyOf(storages);
    }
}
