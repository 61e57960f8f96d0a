package io.chainline.tosca.sol001;

/**
 * Chainline's extension properties, declared on node types derived from SOL001's VDU types so that a descriptor with
 * them is still valid SOL001: other tools see a {@code Vdu.Compute} or an {@code OsContainerDeployableUnit} with
 * extra properties they may ignore.
 */
public final class Sol001Extensions {

    public static final String COMPUTE_TYPE = "io.chainline.nodes.nfv.Vdu.Compute";
    public static final String DEPLOYABLE_UNIT_TYPE = "io.chainline.nodes.nfv.Vdu.OsContainerDeployableUnit";

    public static final String CONTAINER_TYPE = "io.chainline.nodes.nfv.Vdu.OsContainer";
    static final String PORT_TYPE = "io.chainline.datatypes.ContainerPort";
    static final String PROBE_TYPE = "io.chainline.datatypes.Probe";

    public static final String VDU_CP_TYPE = "io.chainline.nodes.nfv.VduCp";
    public static final String VNF_EXT_CP_TYPE = "io.chainline.nodes.nfv.VnfExtCp";
    public static final String SAP_TYPE = "io.chainline.nodes.nfv.Sap";
    public static final String NS_VL_TYPE = "io.chainline.nodes.nfv.NsVirtualLink";

    static final String MANAGEMENT = "management";
    static final String FIXED_ADDRESSES = "fixed_ip_addresses";
    static final String GATEWAY_IP = "gateway_ip";
    static final String DHCP_ENABLED = "dhcp_enabled";
    static final String CAPABILITIES = "capabilities";

    static final String PORTS = "ports";
    static final String ENVIRONMENT = "environment";
    static final String LIVENESS = "liveness_probe";
    static final String READINESS = "readiness_probe";

    static final String ISOLATION = "isolation";
    static final String RUNTIME_CLASS = "runtime_class_name";
    static final String ARCHITECTURES = "cpu_architectures";
    static final String NODE_LABELS = "node_labels";

    private Sol001Extensions() {}

    /** The derived type declaring the extension properties on top of {@code base}. */
    static java.util.Map<String, Object> typeDefinition(String base) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(
                ISOLATION,
                java.util.Map.of(
                        "type", "string",
                        "required", false,
                        "default", "shared-kernel",
                        "description", "shared-kernel (runc) or sandboxed (Kata Containers through a RuntimeClass)",
                        "constraints",
                                java.util.List.of(java.util.Map.of(
                                        "valid_values", java.util.List.of("shared-kernel", "sandboxed")))));
        properties.put(
                RUNTIME_CLASS,
                java.util.Map.of(
                        "type", "string",
                        "required", false,
                        "description", "Kubernetes RuntimeClass for a sandboxed VDU, e.g. kata-qemu"));
        properties.put(
                ARCHITECTURES,
                java.util.Map.of(
                        "type",
                        "list",
                        "required",
                        false,
                        "entry_schema",
                        java.util.Map.of("type", "string"),
                        "description",
                        "CPU architectures the VDU may run on (amd64, arm64…); empty means any"));
        properties.put(
                NODE_LABELS,
                java.util.Map.of(
                        "type",
                        "map",
                        "required",
                        false,
                        "entry_schema",
                        java.util.Map.of("type", "string"),
                        "description",
                        "Node labels a host must carry"));
        java.util.Map<String, Object> type = new java.util.LinkedHashMap<>();
        type.put("derived_from", base);
        type.put("description", "Chainline: " + base + " with isolation and placement needs");
        type.put("properties", properties);
        return type;
    }

    /** Chainline's OsContainer with ports, environment, probes and capabilities. */
    static java.util.Map<String, Object> containerTypeDefinition() {
        java.util.Map<String, Object> type = new java.util.LinkedHashMap<>();
        type.put("derived_from", "tosca.nodes.nfv.Vdu.OsContainer");
        type.put(
                "description",
                "Chainline: tosca.nodes.nfv.Vdu.OsContainer with ports, environment, probes and capabilities");
        type.put("properties", containerProperties());
        return type;
    }

    private static java.util.Map<String, Object> containerProperties() {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(
                PORTS,
                java.util.Map.of(
                        "type",
                        "list",
                        "required",
                        false,
                        "entry_schema",
                        java.util.Map.of("type", PORT_TYPE),
                        "description",
                        "Ports the container listens on"));
        properties.put(
                ENVIRONMENT,
                java.util.Map.of(
                        "type",
                        "map",
                        "required",
                        false,
                        "entry_schema",
                        java.util.Map.of("type", "string"),
                        "description",
                        "Environment variables (no secrets: those come from the target's secret store)"));
        properties.put(LIVENESS, java.util.Map.of("type", PROBE_TYPE, "required", false));
        properties.put(READINESS, java.util.Map.of("type", PROBE_TYPE, "required", false));
        properties.put(
                CAPABILITIES,
                ordered(
                        "type",
                        "list",
                        "required",
                        false,
                        "entry_schema",
                        java.util.Map.of("type", "string"),
                        "description",
                        "Linux capabilities beyond the default set (NET_ADMIN for an NF that sets its own routes)"));
        return properties;
    }

    /**
     * A connection point type ({@code base}: VduCp, VnfExtCp or Sap) with the management flag and, for SOL001 v2.6.1
     * whose {@code L3AddressData} has no {@code fixed_ip_address}, the fixed addresses.
     */
    static java.util.Map<String, Object> cpTypeDefinition(String base, boolean fixedAddresses) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(
                MANAGEMENT,
                ordered(
                        "type",
                        "boolean",
                        "required",
                        false,
                        "default",
                        false,
                        "description",
                        "The management interface: reached by the console, on no forwarding path"));
        if (fixedAddresses) {
            properties.put(
                    FIXED_ADDRESSES,
                    ordered(
                            "type",
                            "list",
                            "required",
                            false,
                            "entry_schema",
                            ordered("type", "string"),
                            "description",
                            "Fixed IP addresses, one per instance (fixed_ip_address of SOL001 v3+)"));
        }
        java.util.Map<String, Object> type = new java.util.LinkedHashMap<>();
        type.put("derived_from", base);
        type.put("description", "Chainline: " + base + " with its role (management or data)");
        type.put("properties", properties);
        return type;
    }

    /** An NS virtual link with the gateway and DHCP that SOL001's {@code NsL3ProtocolData} has no words for. */
    static java.util.Map<String, Object> nsLinkTypeDefinition() {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(
                GATEWAY_IP, ordered("type", "string", "required", false, "description", "The link's gateway address"));
        properties.put(
                DHCP_ENABLED,
                ordered(
                        "type",
                        "boolean",
                        "required",
                        false,
                        "default",
                        false,
                        "description",
                        "Whether addresses on the link are handed out by DHCP"));
        java.util.Map<String, Object> type = new java.util.LinkedHashMap<>();
        type.put("derived_from", "tosca.nodes.nfv.NsVirtualLink");
        type.put("description", "Chainline: tosca.nodes.nfv.NsVirtualLink with gateway and DHCP");
        type.put("properties", properties);
        return type;
    }

    /** A property definition whose keys keep their order, so a written file is the same bytes each time. */
    private static java.util.Map<String, Object> ordered(Object... keysAndValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The data types the container extensions use. */
    static java.util.Map<String, Object> dataTypes() {
        java.util.Map<String, Object> port = new java.util.LinkedHashMap<>();
        port.put("derived_from", "tosca.datatypes.Root");
        port.put(
                "properties",
                java.util.Map.of(
                        "name", java.util.Map.of("type", "string", "required", false),
                        "port",
                                java.util.Map.of(
                                        "type",
                                        "integer",
                                        "constraints",
                                        java.util.List.of(java.util.Map.of("in_range", java.util.List.of(1, 65535)))),
                        "protocol",
                                java.util.Map.of(
                                        "type",
                                        "string",
                                        "default",
                                        "TCP",
                                        "constraints",
                                        java.util.List.of(java.util.Map.of(
                                                "valid_values", java.util.List.of("TCP", "UDP", "SCTP"))))));
        java.util.Map<String, Object> probe = new java.util.LinkedHashMap<>();
        probe.put("derived_from", "tosca.datatypes.Root");
        probe.put(
                "properties",
                java.util.Map.of(
                        "kind",
                                java.util.Map.of(
                                        "type",
                                        "string",
                                        "constraints",
                                        java.util.List.of(java.util.Map.of(
                                                "valid_values", java.util.List.of("http", "tcp", "exec")))),
                        "target",
                                java.util.Map.of(
                                        "type",
                                        "string",
                                        "required",
                                        false,
                                        "description",
                                        "HTTP path, or the command for exec"),
                        "port", java.util.Map.of("type", "integer", "required", false),
                        "period_seconds", java.util.Map.of("type", "integer", "default", 10)));
        java.util.Map<String, Object> types = new java.util.LinkedHashMap<>();
        types.put(PORT_TYPE, port);
        types.put(PROBE_TYPE, probe);
        return types;
    }
}
