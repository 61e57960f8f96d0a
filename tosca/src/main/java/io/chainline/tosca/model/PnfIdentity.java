package io.chainline.tosca.model;

/**
 * A PNF's identifying properties ({@code tosca.nodes.nfv.PNF}, SOL001 v2.5.1 and later); {@code nodeType} is the PNF's
 * own type, derived from the base type.
 */
public record PnfIdentity(
        String nodeType,
        String descriptorId,
        String provider,
        String name,
        String version,
        String functionDescription,
        String invariantId) {

    public static final String BASE_TYPE = "tosca.nodes.nfv.PNF";
}
