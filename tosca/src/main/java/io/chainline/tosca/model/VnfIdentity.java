package io.chainline.tosca.model;

import java.util.List;

/**
 * The VNF node's identifying properties. {@code nodeType} is the VNF's own node type (SOL001 wants one per product,
 * derived from {@code tosca.nodes.nfv.VNF}); absent fields are empty strings, as SOL001 requires them all.
 */
public record VnfIdentity(
        String nodeType,
        String descriptorId,
        String descriptorVersion,
        String provider,
        String productName,
        String softwareVersion,
        String productInfoName,
        List<String> vnfmInfo) {

    public static final String BASE_TYPE = "tosca.nodes.nfv.VNF";

    public VnfIdentity {
        vnfmInfo = List.copyOf(vnfmInfo);
    }
}
