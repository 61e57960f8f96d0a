package io.chainline.console.support;

import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;

/**
 * Legacy (Tacker) descriptors have no SOL001 identity: the catalog keeps them as drafts, and the engine refuses to
 * export them until a person gives them one in the identity form (the identity rule, issue 23). Round-trip tests over
 * the corpus are about everything else, so they fill the blanks as that person would.
 */
public final class CorpusIdentity {

    private CorpusIdentity() {}

    public static VnfDescriptor completed(VnfDescriptor vnf) {
        VnfIdentity id = vnf.identity();
        return new VnfDescriptor(
                new VnfIdentity(
                        id.nodeType(),
                        orElse(id.descriptorId(), "corpus-" + id.productName().hashCode()),
                        orElse(id.descriptorVersion(), "1.0"),
                        orElse(id.provider(), "Corpus"),
                        id.productName(),
                        orElse(id.softwareVersion(), "1.0"),
                        id.productInfoName(),
                        id.vnfmInfo()),
                vnf.flavours());
    }

    public static NsIdentity completed(NsIdentity id) {
        return new NsIdentity(
                id.nodeType(),
                orElse(id.descriptorId(), "corpus-" + id.name().hashCode()),
                orElse(id.designer(), "Corpus"),
                orElse(id.version(), "1.0"),
                id.name(),
                id.invariantId(),
                id.flavourId());
    }

    public static NsDescriptor completed(NsDescriptor ns) {
        return new NsDescriptor(
                completed(ns.identity()),
                ns.vnfs(),
                ns.saps(),
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed(),
                ns.pnfs());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
