package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code tosca.nodes.nfv.VnfVirtualLink} inside a VNF, or {@code tosca.nodes.nfv.NsVirtualLink} between VNFs: its
 * protocols, flow pattern, root bitrate bounds (bits per second; 0 when unspecified) and its layer-3 data.
 *
 * @param l3 the subnet and how addresses are given on it; empty when the descriptor says nothing
 */
public record VirtualLink(
        String node,
        Optional<String> description,
        List<String> layerProtocols,
        Optional<String> flowPattern,
        long maxBitrate,
        long minBitrate,
        Optional<L3Data> l3) {

    public VirtualLink {
        layerProtocols = List.copyOf(layerProtocols);
    }

    /** A link without layer-3 data. */
    public VirtualLink(
            String node,
            Optional<String> description,
            List<String> layerProtocols,
            Optional<String> flowPattern,
            long maxBitrate,
            long minBitrate) {
        this(node, description, layerProtocols, flowPattern, maxBitrate, minBitrate, Optional.empty());
    }

    public VirtualLink withL3(Optional<L3Data> data) {
        return new VirtualLink(node, description, layerProtocols, flowPattern, maxBitrate, minBitrate, data);
    }
}
