package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code tosca.nodes.nfv.VnfVirtualLink} inside a VNF, or {@code tosca.nodes.nfv.NsVirtualLink} between VNFs: its
 * protocols, flow pattern and root bitrate bounds (bits per second; 0 when unspecified).
 */
public record VirtualLink(
        String node,
        Optional<String> description,
        List<String> layerProtocols,
        Optional<String> flowPattern,
        long maxBitrate,
        long minBitrate) {

    public VirtualLink {
        layerProtocols = List.copyOf(layerProtocols);
    }
}
