package io.chainline.tosca.model;

import java.util.Optional;

/** {@code tosca.nodes.nfv.Vdu.VirtualBlockStorage}: a block volume, optionally created from an image. */
public record Storage(String node, long sizeBytes, boolean rdmaEnabled, Optional<SwImage> image) {}
