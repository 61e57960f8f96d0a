package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The topology: node templates against their types, requirements, groups, policies, inputs and substitution. */
final class TopologyChecks {

    private final Context context;
    private final ValueChecker values;
    private final boolean inputsFromParameters;
    private final boolean tosca13;

    /**
     * @param inputsFromParameters Tacker's legacy profile takes undeclared inputs from a parameter file at deploy
     *     time, so an unknown input is a warning there, an error elsewhere
     */
    TopologyChecks(Context context, boolean inputsFromParameters, boolean tosca13) {
        this.context = context;
        this.values = new ValueChecker(context);
        this.inputsFromParameters = inputsFromParameters;
        this.tosca13 = tosca13;
    }

    void check(YMap topology) {
        Map<String, YNode> nodes =
                topology.map("node_templates").map(YMap::entries).orElse(Map.of());
        Set<String> groups = topology.map("groups").map(YMap::keys).orElse(Set.of());
        nodes.forEach((name, template) -> nodeTemplate(name, template, nodes.keySet()));
        topology.map("groups")
                .ifPresent(map -> map.entries().forEach((name, group) -> group(name, group, nodes.keySet())));
        topology.get("policies").ifPresent(policies -> policies(policies, nodes.keySet(), groups));
        topology.map("substitution_mappings").ifPresent(this::substitution);
        FunctionChecks functions = new FunctionChecks(context, nodes);
        topology.entries().forEach((key, section) -> functions.scan(section, 0));
        topology.map("inputs").ifPresent(new InputDefaults(context)::check);
        Set<String> inputs = topology.map("inputs").map(YMap::keys).orElse(Set.of());
        topology.entries().forEach((key, section) -> {
            if (!key.equals("inputs")) {
                new InputReferences(context, inputs, inputsFromParameters).scan(section);
            }
        });
    }

    private void nodeTemplate(String name, YNode node, Set<String> nodeNames) {
        if (!(node instanceof YMap template)) {
            context.report(
                    IssueCode.TOSCA_WRONG_KIND,
                    node,
                    "The node template '" + name + "' must be a map with a" + " 'type'.");
            return;
        }
        Optional<TypeDef> type = knownType(TypeKind.NODE, template, "node template '" + name + "'");
        type.ifPresent(t -> template.get("properties").ifPresent(properties -> {
            if (properties instanceof YMap given) {
                new PropertiesChecker(context, values)
                        .check(
                                given,
                                PnfTolerance.definitions(
                                        context, t, given, context.types().properties(t), name),
                                t.name(),
                                0);
            }
        }));
        if (type.isPresent()
                && template.get("properties").isEmpty()
                && template.get("copy").isEmpty()) {
            YMap none = new YMap(Map.of(), Map.of(), template.location(), template.path() + ".properties");
            new PropertiesChecker(context, values)
                    .check(
                            none,
                            PnfTolerance.definitions(
                                    context, type.get(), none, context.types().properties(type.get()), name),
                            type.get().name(),
                            0);
        }
        template.get("requirements").ifPresent(requirements -> requirements(name, requirements, nodeNames));
        template.get("node_filter")
                .ifPresent(f -> new NodeFilterChecks(context).check(f, "the node_filter of '" + name + "'"));
    }

    private Optional<TypeDef> knownType(TypeKind kind, YMap template, String what) {
        Optional<String> typeName = template.text("type");
        if (typeName.isEmpty()) {
            context.report(IssueCode.TOSCA_TYPE_UNKNOWN, template, "The " + what + " has no 'type'; add one.");
            return Optional.empty();
        }
        Optional<TypeDef> type = context.types().find(kind, typeName.get());
        type.ifPresent(t -> {
            List<TypeDef> lineage = context.types().lineage(t);
            lineage.get(lineage.size() - 1)
                    .derivedFrom()
                    .filter(parent -> !context.types().isKnown(kind, parent))
                    .ifPresent(parent -> context.issues()
                            .add(
                                    IssueCode.TOSCA_TYPE_UNKNOWN,
                                    template.keyLocation("type"),
                                    template.path() + ".type",
                                    "The " + what + " has the type '" + t.name()
                                            + "', which derives from the undefined type '" + parent + "'."));
        });
        if (type.isEmpty()) {
            context.issues()
                    .add(
                            IssueCode.TOSCA_TYPE_UNKNOWN,
                            template.keyLocation("type"),
                            template.path() + ".type",
                            "The " + what + " has the type '" + typeName.get()
                                    + "', which no imported file defines; import"
                                    + " its type file or correct the name.");
        }
        return type;
    }

    private void requirements(String owner, YNode requirements, Set<String> nodeNames) {
        if (StructureChecks.isEmpty(requirements)) {
            return;
        }
        List<YNode> items;
        if (requirements instanceof YList list) {
            items = list.items();
        } else if (requirements instanceof YMap map) {
            items = List.of(map); // a map of requirements: the form Tacker's SOL001 samples use
        } else {
            context.report(IssueCode.TOSCA_WRONG_KIND, requirements, "requirements must be a list of single-key maps.");
            return;
        }
        for (YNode item : items) {
            if (item instanceof YMap multi && multi.entries().size() > 1) {
                multi.entries().forEach((k, v) -> requirementTarget(owner, v, nodeNames));
                continue;
            }
            if (!(item instanceof YMap map) || map.entries().size() != 1) {
                context.report(IssueCode.TOSCA_WRONG_KIND, item, "Each requirement is a single-key map: name: target.");
                continue;
            }
            requirementTarget(owner, map.entries().values().iterator().next(), nodeNames);
        }
    }

    private void requirementTarget(String owner, YNode target, Set<String> nodeNames) {
        if (target instanceof YMap assignment) {
            assignment
                    .get("node_filter")
                    .ifPresent(f -> new NodeFilterChecks(context)
                            .check(f, "the node_filter of a requirement of '" + owner + "'"));
        }
        Optional<YNode> node = target instanceof YMap t ? t.get("node") : Optional.of(target);
        node.filter(YScalar.class::isInstance)
                .map(YScalar.class::cast)
                .filter(s -> !s.isNull())
                .ifPresent(s -> {
                    if (!nodeNames.contains(s.text())
                            && context.types().find(TypeKind.NODE, s.text()).isEmpty()) {
                        context.report(
                                IssueCode.TOSCA_REQ_UNSATISFIED,
                                s,
                                "The requirement of '" + owner + "' points at '" + s.text()
                                        + "', which is neither a node template nor a node type here.");
                    }
                });
    }

    private void group(String name, YNode node, Set<String> nodeNames) {
        if (!(node instanceof YMap group)) {
            return;
        }
        knownType(TypeKind.GROUP, group, "group '" + name + "'");
        group.get("members")
                .filter(YList.class::isInstance)
                .ifPresent(members -> ((YList) members).items().forEach(m -> {
                    if (m instanceof YScalar s && !nodeNames.contains(s.text())) {
                        context.report(
                                IssueCode.TOSCA_TARGET_UNKNOWN,
                                s,
                                "The group '" + name + "' lists the member '" + s.text()
                                        + "', which is not a node template.");
                    }
                }));
    }

    private void policies(YNode policies, Set<String> nodeNames, Set<String> groupNames) {
        Map<String, YNode> named = new java.util.LinkedHashMap<>();
        if (policies instanceof YList list) {
            list.items().forEach(i -> {
                if (i instanceof YMap m) {
                    named.putAll(m.entries());
                }
            });
        } else if (policies instanceof YMap map) {
            named.putAll(map.entries());
        }
        named.forEach((name, node) -> {
            if (!(node instanceof YMap policy)) {
                return;
            }
            knownType(TypeKind.POLICY, policy, "policy '" + name + "'")
                    .ifPresent(type -> policy.map("properties").ifPresent(given -> {
                        Map<String, PropertyDef> definitions =
                                new java.util.LinkedHashMap<>(context.types().properties(type));
                        if (policy.get("targets").isPresent()) {
                            definitions.remove(
                                    "targets"); // Tacker's types declare the targets keyname as a property too
                        }
                        new PropertiesChecker(context, values).check(given, definitions, type.name(), 0);
                    }));
            policy.get("targets")
                    .filter(YList.class::isInstance)
                    .ifPresent(targets -> ((YList) targets).items().forEach(t -> {
                        if (t instanceof YScalar s && !nodeNames.contains(s.text()) && !groupNames.contains(s.text())) {
                            context.report(
                                    IssueCode.TOSCA_TARGET_UNKNOWN,
                                    s,
                                    "The policy '" + name + "' targets '" + s.text()
                                            + "', which is neither a node template nor a group.");
                        }
                    }));
        });
    }

    private static final Set<String> SUBSTITUTION_KEYS =
            Set.of("node_type", "node", "capabilities", "requirements", "properties", "attributes", "interfaces");

    private void substitution(YMap mappings) {
        for (String key : mappings.keys()) {
            boolean allowed = SUBSTITUTION_KEYS.contains(key) || (key.equals("substitution_filter") && tosca13);
            if (!allowed) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_FIELD_UNKNOWN,
                                mappings.keyLocation(key),
                                mappings.path() + "." + key,
                                "'" + key + "' is not a key of substitution_mappings"
                                        + (key.equals("substitution_filter")
                                                ? " before TOSCA 1.3 (tosca_simple_yaml_1_3)"
                                                : "")
                                        + ".");
            }
        }
        mappings.get("substitution_filter")
                .filter(f -> tosca13)
                .ifPresent(f -> new NodeFilterChecks(context).check(f, "substitution_filter"));
        mappings.text("node_type").ifPresent(type -> {
            if (context.types().find(TypeKind.NODE, type).isEmpty()) {
                context.issues()
                        .add(
                                IssueCode.TOSCA_TYPE_UNKNOWN,
                                mappings.keyLocation("node_type"),
                                mappings.path() + ".node_type",
                                "substitution_mappings names the node type '" + type
                                        + "', which no imported file defines.");
            }
        });
    }
}
