package io.chainline.tosca.types;

import java.util.Arrays;
import java.util.Optional;

/** The sections of a TOSCA file that define types, with the normative prefix TOSCA's short names expand to. */
public enum TypeKind {
    NODE("node_types", "tosca.nodes."),
    CAPABILITY("capability_types", "tosca.capabilities."),
    RELATIONSHIP("relationship_types", "tosca.relationships."),
    DATA("data_types", "tosca.datatypes."),
    ARTIFACT("artifact_types", "tosca.artifacts."),
    POLICY("policy_types", "tosca.policies."),
    GROUP("group_types", "tosca.groups."),
    INTERFACE("interface_types", "tosca.interfaces.");

    private final String section;
    private final String normativePrefix;

    TypeKind(String section, String normativePrefix) {
        this.section = section;
        this.normativePrefix = normativePrefix;
    }

    public String section() {
        return section;
    }

    public String normativePrefix() {
        return normativePrefix;
    }

    public static Optional<TypeKind> ofSection(String section) {
        return Arrays.stream(values()).filter(k -> k.section.equals(section)).findFirst();
    }
}
