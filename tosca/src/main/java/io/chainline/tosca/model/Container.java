package io.chainline.tosca.model;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code tosca.nodes.nfv.Vdu.OsContainer}: one container, its image and its resource requests and limits. */
public record Container(
        String node,
        String name,
        String description,
        Optional<SwImage> image,
        OptionalLong cpuRequestMilli,
        OptionalLong cpuLimitMilli,
        OptionalLong memoryRequestBytes,
        OptionalLong memoryLimitBytes) {}
