package io.chainline.tosca.cli;

import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.Map;
import java.util.Set;

/**
 * {@code convert --identity key=value}: what a legacy (Tacker) descriptor lacks to be a SOL001 one. Legacy files have
 * no provider or versions, and the identity rule refuses a SOL001 descriptor without them, so whoever converts says
 * them; only blank fields are filled, never one the file has.
 */
final class IdentityFill {

    static final Set<String> KEYS =
            Set.of("descriptor_id", "descriptor_version", "provider", "software_version", "designer", "version");

    private IdentityFill() {}

    static Descriptor fill(Descriptor descriptor, Map<String, String> given) {
        if (given.isEmpty()) {
            return descriptor;
        }
        return switch (descriptor) {
            case VnfDescriptor vnf -> fill(vnf, given);
            case NsDescriptor ns -> fill(ns, given);
            default -> descriptor;
        };
    }

    private static VnfDescriptor fill(VnfDescriptor vnf, Map<String, String> given) {
        VnfIdentity id = vnf.identity();
        return new VnfDescriptor(
                new VnfIdentity(
                        id.nodeType(),
                        blankOr(id.descriptorId(), given.get("descriptor_id")),
                        blankOr(id.descriptorVersion(), given.get("descriptor_version")),
                        blankOr(id.provider(), given.get("provider")),
                        id.productName(),
                        blankOr(id.softwareVersion(), given.get("software_version")),
                        id.productInfoName(),
                        id.vnfmInfo()),
                vnf.flavours());
    }

    private static NsDescriptor fill(NsDescriptor ns, Map<String, String> given) {
        NsIdentity id = ns.identity();
        return new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        blankOr(id.descriptorId(), given.get("descriptor_id")),
                        blankOr(id.designer(), given.get("designer")),
                        blankOr(id.version(), given.get("version")),
                        id.name(),
                        id.invariantId(),
                        id.flavourId()),
                ns.vnfs(),
                ns.saps(),
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed(),
                ns.pnfs());
    }

    private static String blankOr(String value, String given) {
        return (value == null || value.isBlank()) && given != null ? given : value;
    }
}
