package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code tosca.nodes.nfv.Vdu.Compute}: a virtual machine, sized by its {@code virtual_compute} capability.
 *
 * @param bootData what the VM is given at first boot (cloud-init user data): {@code boot_data} as a string in SOL001
 *     v2, {@code boot_data.content_or_file_data.content} in v3+
 */
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
        VduExtensions extensions,
        Optional<String> bootData)
        implements Vdu {

    public ComputeVdu {
        storages = List.copyOf(storages);
    }

    /** A VM without boot data. */
    public ComputeVdu(
            String node,
            String name,
            String description,
            VduProfile profile,
            int virtualCpus,
            long memoryBytes,
            Optional<String> cpuArchitecture,
            Optional<SwImage> image,
            List<String> storages,
            VduExtensions extensions) {
        this(
                node,
                name,
                description,
                profile,
                virtualCpus,
                memoryBytes,
                cpuArchitecture,
                image,
                storages,
                extensions,
                Optional.empty());
    }
}
