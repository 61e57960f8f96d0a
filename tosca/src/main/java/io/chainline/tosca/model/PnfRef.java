package io.chainline.tosca.model;

import java.util.Map;

/**
 * A PNF in an NS: its node in the NS topology, the PNF's node type and descriptor id (from its PNFD), and which NS
 * virtual link each of its external connection points connects to ({@code virtual_link} requirements).
 *
 * @param virtualLinks external connection point (the requirement name) to NS virtual link node
 */
public record PnfRef(String node, String nodeType, String descriptorId, Map<String, String> virtualLinks) {

    public PnfRef {
        virtualLinks = Maps.sorted(virtualLinks);
    }
}
