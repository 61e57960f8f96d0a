package io.chainline.connector.api;

import java.util.Set;

/**
 * What a target can run.
 *
 * @param containers runs OCI containers
 * @param virtualMachines runs VM images
 * @param sandboxedRuntimes the lightweight-VM runtimes it offers (Kubernetes RuntimeClass names such as kata-qemu)
 * @param architectures the CPU architectures of its nodes
 */
public record Capabilities(
        boolean containers, boolean virtualMachines, Set<String> sandboxedRuntimes, Set<Architecture> architectures) {

    public Capabilities {
        sandboxedRuntimes = Set.copyOf(sandboxedRuntimes);
        architectures = Set.copyOf(architectures);
    }
}
