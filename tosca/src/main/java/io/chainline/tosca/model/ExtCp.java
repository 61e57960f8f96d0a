package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/** {@code tosca.nodes.nfv.VnfExtCp} (in a VNF) or {@code tosca.nodes.nfv.Sap} (in an NS): a way in from outside. */
public record ExtCp(String node, List<String> layerProtocols, Optional<String> internalVirtualLink) {

    public ExtCp {
        layerProtocols = List.copyOf(layerProtocols);
    }
}
