package io.chainline.tosca.sol001;

/**
 * Chainline's extension properties, declared on node types derived from SOL001's VDU types so that a descriptor with
 * them is still valid SOL001: other tools see a {@code Vdu.Compute} or an {@code OsContainerDeployableUnit} with
 * extra properties they may ignore.
 */
public final class Sol001Extensions {

    public static final String COMPUTE_TYPE = "io.chainline.nodes.nfv.Vdu.Compute";
    public static final String DEPLOYABLE_UNIT_TYPE = "io.chainline.nodes.nfv.Vdu.OsContainerDeployableUnit";

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
}
