package io.chainline.tosca.model;

import java.util.List;

/** A VNF descriptor: who made it and its deployment flavours (each a topology of its own). */
public record VnfDescriptor(VnfIdentity identity, List<Flavour> flavours) implements Descriptor {

    public VnfDescriptor {
        flavours = List.copyOf(flavours);
    }

    @Override
    public String descriptorId() {
        return identity.descriptorId();
    }

    @Override
    public String displayName() {
        return identity.productName();
    }

    @Override
    public String version() {
        return identity.descriptorVersion();
    }
}
