package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code tosca.nodes.nfv.VduCp}: a VDU's network interface, bound to a VDU and linked to an internal virtual link. */
public record VduCp(
        String node,
        List<String> layerProtocols,
        Optional<String> vdu,
        Optional<String> virtualLink,
        OptionalInt order) {

    public VduCp {
        layerProtocols = List.copyOf(layerProtocols);
    }
}
