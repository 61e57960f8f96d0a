package io.chainline.tosca.model;

import java.util.Map;
import java.util.Optional;

/**
 * A VNF used by an NS: the VNF's node type (from its VNFD), which flavour and level, how many instances, and which
 * NS virtual link (or forwarding node) each of its virtual-link requirements connects to.
 */
public record VnfProfileRef(
        String node,
        String nodeType,
        String descriptorId,
        String flavourId,
        Optional<String> instantiationLevel,
        int minInstances,
        int maxInstances,
        Map<String, String> virtualLinks) {

    public VnfProfileRef {
        virtualLinks = Maps.sorted(virtualLinks);
    }
}
