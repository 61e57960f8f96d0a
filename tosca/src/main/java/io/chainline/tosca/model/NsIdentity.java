package io.chainline.tosca.model;

/** The NS node's identifying properties; {@code nodeType} is the NS's own type, derived from tosca.nodes.nfv.NS. */
public record NsIdentity(
        String nodeType,
        String descriptorId,
        String designer,
        String version,
        String name,
        String invariantId,
        String flavourId) {

    public static final String BASE_TYPE = "tosca.nodes.nfv.NS";
}
