package io.chainline.tosca.model;

/**
 * A SOL001 descriptor as Chainline stores it: typed, immutable, independent of the YAML it came from. Reading a
 * template into this model and writing it back ({@code Sol001Writer}) gives an equal model.
 */
public sealed interface Descriptor permits VnfDescriptor, NsDescriptor, PnfDescriptor {

    /** The descriptor's own id ({@code descriptor_id}); empty for legacy dialects that have none. */
    String descriptorId();

    /** What a person calls it: the product name of a VNF, the name of an NS. */
    String displayName();

    String version();
}
