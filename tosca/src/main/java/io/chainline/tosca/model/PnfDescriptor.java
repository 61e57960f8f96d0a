package io.chainline.tosca.model;

import java.util.List;
import java.util.Optional;

/**
 * A PNFD: a physical network function (a CPE, a router) as a chain sees it. Chainline never deploys it; it only knows
 * its identity and the external connection points ({@code tosca.nodes.nfv.PnfExtCp}) by which NS links reach it.
 *
 * @param extCps its external connection points, in the order of the template
 * @param geographicalLocation {@code geographical_location_info} when the descriptor gives one, as written
 */
public record PnfDescriptor(PnfIdentity identity, List<ExtCp> extCps, Optional<String> geographicalLocation)
        implements Descriptor {

    public PnfDescriptor {
        extCps = List.copyOf(extCps);
    }

    @Override
    public String descriptorId() {
        return identity.descriptorId();
    }

    @Override
    public String displayName() {
        return identity.name();
    }

    @Override
    public String version() {
        return identity.version();
    }
}
