package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.CatalogEntry;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.TreeSet;
import java.util.UUID;

/** What the catalog copies out of a descriptor, and descriptors with a changed identity. */
final class Identities {

    private Identities() {}

    static CatalogEntry.Identity of(VnfDescriptor descriptor) {
        VnfIdentity id = descriptor.identity();
        TreeSet<String> architectures = new TreeSet<>();
        int vdus = 0;
        for (Flavour flavour : descriptor.flavours()) {
            vdus += flavour.vdus().size();
            flavour.vdus().forEach(v -> architectures.addAll(v.extensions().architectures()));
        }
        return new CatalogEntry.Identity(
                clip(id.provider(), 200),
                clip(id.productName(), 200),
                clip(id.softwareVersion(), 100),
                clip(id.descriptorId(), 200),
                clip(id.descriptorVersion(), 100),
                vdus,
                clip(architectures.isEmpty() ? "any" : String.join(", ", architectures), 200));
    }

    static VnfDescriptor with(VnfDescriptor descriptor, VnfIdentity identity) {
        return new VnfDescriptor(identity, descriptor.flavours());
    }

    /**
     * A VNFD or PNFD as a new product of this name: a new descriptor id (and for a PNFD a new invariant id, which SOL001
     * keeps across one product's versions), everything else as read.
     */
    static Descriptor renamed(Descriptor descriptor, String productName) {
        return switch (descriptor) {
            case VnfDescriptor vnf -> renamed(vnf, productName);
            case PnfDescriptor pnf -> {
                PnfIdentity id = pnf.identity();
                yield new PnfDescriptor(
                        new PnfIdentity(
                                id.nodeType(),
                                UUID.randomUUID().toString(),
                                id.provider(),
                                productName,
                                id.version(),
                                id.functionDescription(),
                                UUID.randomUUID().toString()),
                        pnf.extCps(),
                        pnf.geographicalLocation());
            }
            default -> descriptor;
        };
    }

    static VnfDescriptor renamed(VnfDescriptor descriptor, String productName) {
        VnfIdentity id = descriptor.identity();
        return with(
                descriptor,
                new VnfIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.descriptorVersion(),
                        id.provider(),
                        productName,
                        id.softwareVersion(),
                        id.productInfoName(),
                        id.vnfmInfo()));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
