package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.Set;

/** The keys a service template and its topology may have; anything else is a typo or another dialect. */
final class StructureChecks {

    private static final Set<String> TOP_LEVEL = Set.of(
            "tosca_definitions_version",
            "tosca_default_namespace",
            "namespace",
            "template_name",
            "template_author",
            "template_version",
            "description",
            "metadata",
            "dsl_definitions",
            "repositories",
            "imports",
            "artifact_types",
            "data_types",
            "capability_types",
            "interface_types",
            "relationship_types",
            "node_types",
            "group_types",
            "policy_types",
            "topology_template");
    private static final Set<String> TOPOLOGY = Set.of(
            "description",
            "inputs",
            "outputs",
            "node_templates",
            "relationship_templates",
            "groups",
            "policies",
            "substitution_mappings",
            "workflows");

    private final Context context;

    StructureChecks(Context context) {
        this.context = context;
    }

    void check(SourceFile file) {
        unknownKeys(file.root(), TOP_LEVEL, "a TOSCA service template");
        file.root().get("topology_template").ifPresent(topology -> {
            if (topology instanceof YMap map) {
                unknownKeys(map, TOPOLOGY, "topology_template");
                for (String section : Set.of("inputs", "outputs", "node_templates", "relationship_templates")) {
                    map.get(section).ifPresent(s -> expectMapOrEmpty(s, section));
                }
            } else if (!isEmpty(topology)) {
                context.report(IssueCode.TOSCA_WRONG_KIND, topology, "topology_template must be a map.");
            }
        });
    }

    private void unknownKeys(YMap map, Set<String> allowed, String what) {
        for (String key : map.keys()) {
            if (!allowed.contains(key)) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_FIELD_UNKNOWN,
                                map.keyLocation(key),
                                map.entries().get(key).path(),
                                "'" + key + "' is not a key of " + what + "; check the spelling (allowed: "
                                        + String.join(
                                                ", ", allowed.stream().sorted().toList()) + ").");
            }
        }
    }

    private void expectMapOrEmpty(YNode node, String section) {
        if (!(node instanceof YMap) && !isEmpty(node)) {
            context.report(IssueCode.TOSCA_WRONG_KIND, node, section + " must be a map, not " + node.kind() + ".");
        }
    }

    static boolean isEmpty(YNode node) {
        return node instanceof io.chainline.tosca.yaml.YScalar s && s.isNull();
    }
}
