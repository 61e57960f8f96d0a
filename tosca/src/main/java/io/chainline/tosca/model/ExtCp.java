package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code tosca.nodes.nfv.VnfExtCp} (in a VNF) or {@code tosca.nodes.nfv.Sap} (in an NS): a way in from outside.
 *
 * @param addressing its addresses ({@code protocol[].address_data}); empty when the descriptor says nothing
 */
public record ExtCp(
        String node,
        List<String> layerProtocols,
        Optional<String> internalVirtualLink,
        Optional<CpAddressing> addressing) {

    public ExtCp {
        layerProtocols = List.copyOf(layerProtocols);
    }

    /** An external connection point without address data. */
    public ExtCp(String node, List<String> layerProtocols, Optional<String> internalVirtualLink) {
        this(node, layerProtocols, internalVirtualLink, Optional.empty());
    }

    public ExtCp withAddressing(Optional<CpAddressing> data) {
        return new ExtCp(node, layerProtocols, internalVirtualLink, data);
    }
}
