package io.chainline.tosca.issue;

/**
 * Every problem the engine reports, with a stable code (scripts, docs and the console key on it) and its severity.
 * Codes are never renamed or reused; a retired code stays here, deprecated.
 */
public enum IssueCode {
    // Reading bytes and YAML
    FILE_UNREADABLE("FILE-UNREADABLE", Severity.ERROR),
    YAML_NOT_UTF8("YAML-NOT-UTF8", Severity.ERROR),
    YAML_TOO_LARGE("YAML-TOO-LARGE", Severity.ERROR),
    YAML_TOO_DEEP("YAML-TOO-DEEP", Severity.ERROR),
    YAML_TOO_MANY_NODES("YAML-TOO-MANY-NODES", Severity.ERROR),
    YAML_ALIAS_LIMIT("YAML-ALIAS-LIMIT", Severity.ERROR),
    YAML_SYNTAX("YAML-SYNTAX", Severity.ERROR),
    YAML_DUPLICATE_KEY("YAML-DUPLICATE-KEY", Severity.ERROR),
    YAML_DUPLICATE_KEY_SAME_VALUE("YAML-DUPLICATE-KEY-SAME-VALUE", Severity.WARNING),
    YAML_KEY_NOT_SCALAR("YAML-KEY-NOT-SCALAR", Severity.ERROR),
    YAML_EMPTY("YAML-EMPTY", Severity.ERROR),
    YAML_MULTIPLE_DOCUMENTS("YAML-MULTIPLE-DOCUMENTS", Severity.ERROR),

    // TOSCA structure
    TOSCA_VERSION_MISSING("TOSCA-VERSION-MISSING", Severity.ERROR),
    TOSCA_VERSION_UNKNOWN("TOSCA-VERSION-UNKNOWN", Severity.ERROR),
    TOSCA_VERSION_ASSUMED("TOSCA-VERSION-ASSUMED", Severity.WARNING),
    TOSCA_NOT_A_MAP("TOSCA-NOT-A-MAP", Severity.ERROR),
    TOSCA_WRONG_KIND("TOSCA-WRONG-KIND", Severity.ERROR),
    TOSCA_FIELD_UNKNOWN("TOSCA-FIELD-UNKNOWN", Severity.ERROR),
    TOSCA_FIELD_NONSTANDARD("TOSCA-FIELD-NONSTANDARD", Severity.WARNING),

    // Imports
    TOSCA_IMPORT_NOT_FOUND("TOSCA-IMPORT-NOT-FOUND", Severity.ERROR),
    TOSCA_IMPORT_REMOTE("TOSCA-IMPORT-REMOTE", Severity.ERROR),
    TOSCA_IMPORT_ESCAPES("TOSCA-IMPORT-ESCAPES", Severity.ERROR),
    TOSCA_IMPORT_CYCLE("TOSCA-IMPORT-CYCLE", Severity.ERROR),
    TOSCA_IMPORT_INVALID("TOSCA-IMPORT-INVALID", Severity.ERROR),
    TOSCA_IMPORT_BUNDLED("TOSCA-IMPORT-BUNDLED", Severity.INFO),
    TOSCA_IMPORT_IMPLICIT("TOSCA-IMPORT-IMPLICIT", Severity.WARNING),

    // Types and templates
    TOSCA_TYPE_UNKNOWN("TOSCA-TYPE-UNKNOWN", Severity.ERROR),
    TOSCA_TYPE_DERIVATION_CYCLE("TOSCA-TYPE-DERIVATION-CYCLE", Severity.ERROR),
    TOSCA_TYPE_REDEFINED("TOSCA-TYPE-REDEFINED", Severity.WARNING),
    TOSCA_DEFINITION_TYPE_UNKNOWN("TOSCA-DEFINITION-TYPE-UNKNOWN", Severity.WARNING),
    /** A type defined under another kind's section (a data or policy type under node_types): an error since issue 23. */
    TOSCA_TYPE_WRONG_SECTION("TOSCA-TYPE-WRONG-SECTION", Severity.ERROR),
    TOSCA_PROPERTY_MISSING("TOSCA-PROPERTY-MISSING", Severity.ERROR),
    TOSCA_PROPERTY_UNKNOWN("TOSCA-PROPERTY-UNKNOWN", Severity.ERROR),
    TOSCA_VALUE_TYPE("TOSCA-VALUE-TYPE", Severity.ERROR),
    TOSCA_VALUE_CONSTRAINT("TOSCA-VALUE-CONSTRAINT", Severity.ERROR),
    TOSCA_REQ_UNSATISFIED("TOSCA-REQ-UNSATISFIED", Severity.ERROR),
    TOSCA_TARGET_UNKNOWN("TOSCA-TARGET-UNKNOWN", Severity.ERROR),
    TOSCA_INPUT_UNKNOWN("TOSCA-INPUT-UNKNOWN", Severity.ERROR),
    TOSCA_INPUT_FROM_PARAMETERS("TOSCA-INPUT-FROM-PARAMETERS", Severity.WARNING),
    TOSCA_INPUT_MISSING("TOSCA-INPUT-MISSING", Severity.ERROR),
    TOSCA_FUNCTION_INVALID("TOSCA-FUNCTION-INVALID", Severity.ERROR),

    // Dialect rules beyond types
    TACKER_CPU_ALLOCATION("TACKER-CPU-ALLOCATION", Severity.ERROR),

    // Service chains
    NFP_DUPLICATE_CRITERIA("NFP-DUPLICATE-CRITERIA", Severity.ERROR),
    NS_NAME_DUPLICATE("NS-NAME-DUPLICATE", Severity.ERROR),
    NS_LINK_DANGLING("NS-LINK-DANGLING", Severity.ERROR),
    NS_LAYER_MISMATCH("NS-LAYER-MISMATCH", Severity.ERROR),
    /** Reported by the console: the engine alone does not know the catalog. */
    NS_VNF_NOT_PUBLISHED("NS-VNF-NOT-PUBLISHED", Severity.ERROR),
    /** A chain's PNF names a PNFD the console's catalog does not have. */
    NS_PNF_NOT_IN_CATALOG("NS-PNF-NOT-IN-CATALOG", Severity.ERROR),
    NFP_HOP_UNKNOWN("NFP-HOP-UNKNOWN", Severity.ERROR),
    NFP_HOP_REPEATED("NFP-HOP-REPEATED", Severity.ERROR),
    NFP_HOP_UNCONNECTED("NFP-HOP-UNCONNECTED", Severity.WARNING),
    NFP_EMPTY("NFP-EMPTY", Severity.ERROR),
    /** A hop enters a VNF on a link the VNF has no connection point on. */
    NFP_HOP_WITHOUT_CP("NFP-HOP-WITHOUT-CP", Severity.ERROR),

    // Layer 3: subnets of links, addresses of connection points
    L3_SUBNETS_OVERLAP("L3-SUBNETS-OVERLAP", Severity.ERROR),
    L3_ADDRESS_OUTSIDE_SUBNET("L3-ADDRESS-OUTSIDE-SUBNET", Severity.ERROR),
    L3_ADDRESS_DUPLICATE("L3-ADDRESS-DUPLICATE", Severity.ERROR),
    L3_INVALID("L3-INVALID", Severity.ERROR),

    // Interop profile: deviations the reference VNFMs accept, tolerated with a warning (see Profile, Issues.deviation).
    // Each helper adds its INTEROP-* codes in its own block below, all Severity.WARNING.
    // Package level (TOSCA.meta, root-YAML CSARs, files on the VNFM host): the interop-package helper.
    /** A '#' comment line in TOSCA.meta, skipped. */
    INTEROP_META_COMMENT("INTEROP-META-COMMENT", Severity.WARNING),
    /** A CSAR without TOSCA.meta whose single root YAML lacks template_name/author/version: it is the entry. */
    INTEROP_ROOT_METADATA("INTEROP-ROOT-METADATA", Severity.WARNING),
    /** An implementation or artifact at an absolute path on the VNFM host (a Tacker management driver). */
    INTEROP_HOST_FILE("INTEROP-HOST-FILE", Severity.WARNING),
    /** A packaged file the manifest does not list: read without a digest. */
    INTEROP_FILE_NOT_IN_MANIFEST("INTEROP-FILE-NOT-IN-MANIFEST", Severity.WARNING),
    /** A key repeated in one YAML map with another value: the last one counts, as PyYAML reads it. */
    INTEROP_DUPLICATE_KEY("INTEROP-DUPLICATE-KEY", Severity.WARNING),

    // itypes (types and templates): definitions read where their derivation says they belong
    INTEROP_TYPE_WRONG_SECTION("INTEROP-TYPE-WRONG-SECTION", Severity.WARNING),
    /** Not a deviation (an error in both profiles), kept in this block to keep merges trivial: see IdentityRule. */
    DESCRIPTOR_IDENTITY_MISSING("DESCRIPTOR-IDENTITY-MISSING", Severity.ERROR),
    /** An input's default that its own type or constraints refuse (both profiles: Tacker refuses it too). */
    TOSCA_INPUT_DEFAULT_INVALID("TOSCA-INPUT-DEFAULT-INVALID", Severity.ERROR),
    /** A VDU with an image artifact and no sw_image_data (both profiles: Tacker cannot onboard it). */
    TOSCA_SW_IMAGE_DATA_MISSING("TOSCA-SW-IMAGE-DATA-MISSING", Severity.ERROR),

    // pnf: PNF descriptors as ONAP and vendors ship them.
    /** A PnfExtCp without 'protocol', which SOL001's Cp type requires; PNF packages in the field omit it. */
    INTEROP_PNF_CP_PROTOCOL("INTEROP-PNF-CP-PROTOCOL", Severity.WARNING),

    // tacker: what converting a legacy Tacker VNFD into the SOL001 model assumed and left behind (both profiles).
    /** Once per legacy VNFD mapped: it was read as Tacker's legacy dialect and converted to a SOL001 VNFD. */
    TACKER_LEGACY_CONVERTED("TACKER-LEGACY-CONVERTED", Severity.WARNING),
    /** A legacy property, artifact, node, policy or group the SOL001 descriptor does not carry. */
    TACKER_LEGACY_DROPPED("TACKER-LEGACY-DROPPED", Severity.WARNING),
    /** A VDU sized from its flavour's name, as OpenStack's default flavours define it. */
    TACKER_FLAVOR_ASSUMED("TACKER-FLAVOR-ASSUMED", Severity.WARNING),
    /** A VDU whose size neither nfv_compute nor a known flavour name gives: left at 0, to be set. */
    TACKER_FLAVOR_UNKNOWN("TACKER-FLAVOR-UNKNOWN", Severity.WARNING),
    /** A VDU whose nfv_compute and flavour disagree: nfv_compute's sizes are taken. */
    TACKER_FLAVOR_CONFLICT("TACKER-FLAVOR-CONFLICT", Severity.WARNING),
    /** A Tacker scaling policy carried as VDU profile bounds, a scaling aspect and the default instantiation level. */
    TACKER_SCALING_CONVERTED("TACKER-SCALING-CONVERTED", Severity.WARNING),

    // SOL004 packages
    CSAR_NOT_A_ZIP("CSAR-NOT-A-ZIP", Severity.ERROR),
    CSAR_ZIP_UNSAFE("CSAR-ZIP-UNSAFE", Severity.ERROR),
    CSAR_TOO_LARGE("CSAR-TOO-LARGE", Severity.ERROR),
    CSAR_META_MISSING("CSAR-META-MISSING", Severity.ERROR),
    CSAR_META_INVALID("CSAR-META-INVALID", Severity.ERROR),
    CSAR_META_INCOMPLETE("CSAR-META-INCOMPLETE", Severity.WARNING),
    CSAR_ENTRY_MISSING("CSAR-ENTRY-MISSING", Severity.ERROR),
    CSAR_ENTRY_AMBIGUOUS("CSAR-ENTRY-AMBIGUOUS", Severity.ERROR),
    CSAR_MANIFEST_MISSING("CSAR-MANIFEST-MISSING", Severity.ERROR),
    CSAR_MANIFEST_INVALID("CSAR-MANIFEST-INVALID", Severity.ERROR),
    CSAR_MANIFEST_METADATA("CSAR-MANIFEST-METADATA", Severity.ERROR),
    CSAR_FILE_NOT_IN_MANIFEST("CSAR-FILE-NOT-IN-MANIFEST", Severity.ERROR),
    CSAR_SOURCE_MISSING("CSAR-SOURCE-MISSING", Severity.ERROR),
    CSAR_HASH_MISMATCH("CSAR-HASH-MISMATCH", Severity.ERROR),
    CSAR_HASH_ALGORITHM("CSAR-HASH-ALGORITHM", Severity.ERROR),
    CSAR_SIGNATURE_UNVERIFIED("CSAR-SIGNATURE-UNVERIFIED", Severity.WARNING),
    CSAR_SIGNATURE_INVALID("CSAR-SIGNATURE-INVALID", Severity.ERROR),
    CSAR_SIGNATURE_UNTRUSTED("CSAR-SIGNATURE-UNTRUSTED", Severity.ERROR),
    /** An administrator imported the package although its signature failed (ToscaEngine.withSignatureOverride). */
    CSAR_SIGNATURE_OVERRIDDEN("CSAR-SIGNATURE-OVERRIDDEN", Severity.WARNING),
    CSAR_CERTIFICATE_MISSING("CSAR-CERTIFICATE-MISSING", Severity.ERROR),
    CSAR_ARTIFACT_MISSING("CSAR-ARTIFACT-MISSING", Severity.ERROR),

    // The descriptor model and export
    MODEL_NOT_MAPPED("MODEL-NOT-MAPPED", Severity.INFO),
    EXPORT_UNSUPPORTED("EXPORT-UNSUPPORTED", Severity.ERROR);

    private final String code;
    private final Severity severity;

    IssueCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable, documented code, e.g. {@code TOSCA-REQ-UNSATISFIED}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return code;
    }
}
