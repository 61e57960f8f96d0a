package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code tosca.nodes.nfv.VduCp}: a VDU's network interface, bound to a VDU and linked to an internal virtual link.
 *
 * @param order the interface's position on the VDU ({@code order}): eth0, eth1… follow it
 * @param addressing its addresses and role; empty when the descriptor says nothing (one allocated data address)
 */
public record VduCp(
        String node,
        List<String> layerProtocols,
        Optional<String> vdu,
        Optional<String> virtualLink,
        OptionalInt order,
        Optional<CpAddressing> addressing) {

    public VduCp {
        layerProtocols = List.copyOf(layerProtocols);
    }

    /** A connection point without address data. */
    public VduCp(
            String node,
            List<String> layerProtocols,
            Optional<String> vdu,
            Optional<String> virtualLink,
            OptionalInt order) {
        this(node, layerProtocols, vdu, virtualLink, order, Optional.empty());
    }

    public VduCp withAddressing(Optional<CpAddressing> data) {
        return new VduCp(node, layerProtocols, vdu, virtualLink, order, data);
    }
}
