package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.types.TypeRegistry;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One file's {@code topology_template}: its node templates, groups and policies, read as {@link Node}s. */
record Topology(
        SourceFile file, YMap topology, List<Node> nodes, List<Node> groups, List<Node> policies, TypeRegistry types) {

    static Optional<Topology> of(SourceFile file, TypeRegistry types) {
        return file.root()
                .map("topology_template")
                .map(topology -> new Topology(
                        file,
                        topology,
                        named(topology.map("node_templates"), TypeKind.NODE, file, types),
                        named(topology.map("groups"), TypeKind.GROUP, file, types),
                        policies(topology.get("policies"), file, types),
                        types));
    }

    List<Node> nodesOf(String baseType) {
        return nodes.stream().filter(n -> n.is(baseType)).toList();
    }

    List<Node> policiesOf(String baseType) {
        return policies.stream().filter(n -> n.is(baseType)).toList();
    }

    Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The node type substitution_mappings names, when it is defined. */
    Optional<TypeDef> substitutedType() {
        return substitution().flatMap(s -> s.text("node_type")).flatMap(t -> types.find(TypeKind.NODE, t));
    }

    /** A node of the type with no properties of its own: its values are the type's defaults. */
    Node typeOnly(TypeDef type) {
        YMap empty = new YMap(
                java.util.Map.of(),
                java.util.Map.of(),
                topology.location(),
                topology.path() + ".substitution_mappings");
        return new Node("substitution_mappings", empty, Optional.of(type), file, types);
    }

    Optional<YMap> substitution() {
        return topology.map("substitution_mappings");
    }

    /**
     * The flavour the substitution stands for: {@code properties.flavour_id} (SOL001 v2), or the {@code equal}
     * clause of {@code substitution_filter.properties} (v3+ Annex A).
     */
    Optional<String> substitutedFlavour() {
        Optional<String> direct =
                substitution().flatMap(s -> s.map("properties")).flatMap(p -> p.text("flavour_id"));
        if (direct.isPresent()) {
            return direct;
        }
        Optional<YNode> filters =
                substitution().flatMap(s -> s.map("substitution_filter")).flatMap(f -> f.get("properties"));
        List<YNode> items = filters.map(f -> f instanceof YList list ? list.items() : List.<YNode>of())
                .orElse(List.of());
        for (YNode item : items) {
            Optional<YNode> clause = item instanceof YMap map ? map.get("flavour_id") : Optional.empty();
            Optional<YNode> equal =
                    clause.flatMap(c -> c instanceof YList list && !list.items().isEmpty()
                            ? Optional.of(list.items().getFirst())
                            : Optional.of(c));
            Optional<String> value = equal.flatMap(e -> e instanceof YMap m ? m.text("equal") : Node.scalarText(e));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** {@code requirements: {outer: [node, requirement]}} of the substitution mapping. */
    List<ExposedRequirement> exposed() {
        List<ExposedRequirement> exposed = new ArrayList<>();
        substitution()
                .flatMap(s -> s.map("requirements"))
                .ifPresent(requirements -> requirements.entries().forEach((name, mapping) -> {
                    List<String> pair = Node.strings(Optional.of(mapping));
                    if (pair.size() == 2) {
                        exposed.add(new ExposedRequirement(name, pair.get(0), pair.get(1)));
                    }
                }));
        return exposed;
    }

    private static List<Node> named(Optional<YMap> section, TypeKind kind, SourceFile file, TypeRegistry types) {
        List<Node> nodes = new ArrayList<>();
        section.ifPresent(map -> map.entries().forEach((name, definition) -> {
            if (definition instanceof YMap def) {
                nodes.add(Node.of(name, def, kind, file, types));
            }
        }));
        return nodes;
    }

    /** TOSCA 1.x writes policies as a list of single-key maps; some tools write a map. Both are read. */
    private static List<Node> policies(Optional<YNode> section, SourceFile file, TypeRegistry types) {
        List<Node> policies = new ArrayList<>();
        List<YNode> items = section.map(s -> s instanceof YList list ? list.items() : List.of(s))
                .orElse(List.of());
        for (YNode item : items) {
            if (item instanceof YMap map) {
                for (Map.Entry<String, YNode> entry : map.entries().entrySet()) {
                    if (entry.getValue() instanceof YMap def) {
                        policies.add(Node.of(entry.getKey(), def, TypeKind.POLICY, file, types));
                    }
                }
            }
        }
        return policies;
    }
}
