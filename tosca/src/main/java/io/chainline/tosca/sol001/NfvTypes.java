package io.chainline.tosca.sol001;

/** The SOL001 (and Tacker legacy) type names the model reader and writer key on. */
final class NfvTypes {

    static final String VNF = "tosca.nodes.nfv.VNF";
    static final String COMPUTE = "tosca.nodes.nfv.Vdu.Compute";
    static final String DEPLOYABLE_UNIT = "tosca.nodes.nfv.Vdu.OsContainerDeployableUnit";
    static final String CONTAINER = "tosca.nodes.nfv.Vdu.OsContainer";
    static final String BLOCK_STORAGE = "tosca.nodes.nfv.Vdu.VirtualBlockStorage";
    static final String VDU_CP = "tosca.nodes.nfv.VduCp";
    static final String VNF_EXT_CP = "tosca.nodes.nfv.VnfExtCp";
    static final String VNF_VL = "tosca.nodes.nfv.VnfVirtualLink";
    static final String PLACEMENT_GROUP = "tosca.groups.nfv.PlacementGroup";
    static final String SCALING_ASPECTS = "tosca.policies.nfv.ScalingAspects";
    static final String VDU_DELTAS = "tosca.policies.nfv.VduScalingAspectDeltas";
    static final String VDU_INITIAL_DELTA = "tosca.policies.nfv.VduInitialDelta";
    static final String INSTANTIATION_LEVELS = "tosca.policies.nfv.InstantiationLevels";
    static final String VDU_LEVELS = "tosca.policies.nfv.VduInstantiationLevels";

    static final String NS = "tosca.nodes.nfv.NS";
    static final String SAP = "tosca.nodes.nfv.Sap";
    static final String NS_VL = "tosca.nodes.nfv.NsVirtualLink";
    static final String FORWARDING = "tosca.nodes.nfv.Forwarding";
    static final String VNFFG = "tosca.groups.nfv.VNFFG";
    static final String NFP = "tosca.nodes.nfv.NFP";
    static final String NFP_POSITION = "tosca.nodes.nfv.NfpPosition";
    static final String NFP_ELEMENT = "tosca.nodes.nfv.NfpPositionElement";
    static final String NFP_RULE = "tosca.policies.nfv.NfpRule";

    static final String PNF = "tosca.nodes.nfv.PNF";
    static final String PNF_EXT_CP = "tosca.nodes.nfv.PnfExtCp";

    static final String LEGACY_VDU = "tosca.nodes.nfv.VDU.Tacker";
    static final String LEGACY_CP = "tosca.nodes.nfv.CP.Tacker";
    static final String LEGACY_VL = "tosca.nodes.nfv.VL";

    private NfvTypes() {}
}
