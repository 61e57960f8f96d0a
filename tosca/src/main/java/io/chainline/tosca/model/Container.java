package io.chainline.tosca.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code tosca.nodes.nfv.Vdu.OsContainer}: one container, its image, its resource requests and limits, and
 * Chainline's extensions (ports, environment, probes).
 */
public record Container(
        String node,
        String name,
        String description,
        Optional<SwImage> image,
        OptionalLong cpuRequestMilli,
        OptionalLong cpuLimitMilli,
        OptionalLong memoryRequestBytes,
        OptionalLong memoryLimitBytes,
        ContainerExtensions extensions) {

    /** A container with nothing beyond what SOL001 says. */
    public Container(
            String node,
            String name,
            String description,
            Optional<SwImage> image,
            OptionalLong cpuRequestMilli,
            OptionalLong cpuLimitMilli,
            OptionalLong memoryRequestBytes,
            OptionalLong memoryLimitBytes) {
        this(
                node,
                name,
                description,
                image,
                cpuRequestMilli,
                cpuLimitMilli,
                memoryRequestBytes,
                memoryLimitBytes,
                ContainerExtensions.NONE);
    }
}
