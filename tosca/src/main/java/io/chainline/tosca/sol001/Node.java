package io.chainline.tosca.sol001;

import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.types.TypeRegistry;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A node template (or group, or policy) read for the model: property values with the type's defaults filled in and
 * {@code get_input} resolved to the input's default where the template gives one. Reads only what the validator has
 * accepted, so a missing or mistyped value simply reads as absent.
 */
record Node(String name, YMap definition, Optional<TypeDef> type, SourceFile file, TypeRegistry types) {

    static Node of(String name, YMap definition, TypeKind kind, SourceFile file, TypeRegistry types) {
        Optional<TypeDef> type = definition.text("type").flatMap(t -> types.find(kind, t));
        return new Node(name, definition, type, file, types);
    }

    String typeName() {
        return type.map(TypeDef::name).or(() -> definition.text("type")).orElse("");
    }

    boolean is(String base) {
        return type.map(t -> types.derivesFrom(t, base)).orElse(false);
    }

    /** A property's value: assigned, else the type's default; functions resolved where static. */
    Optional<YNode> property(String name) {
        Optional<YNode> assigned = definition.map("properties").flatMap(p -> p.get(name));
        if (assigned.isPresent()) {
            return resolve(assigned.get());
        }
        return type.map(types::properties)
                .map(all -> all.get(name))
                .flatMap(PropertyDef::defaultValue)
                .flatMap(this::resolve);
    }

    /**
     * An identifying property, read wherever SOL001 allows it: the template's own value, the default of the input a
     * {@code get_input} names, else the type's default (Tacker parameterises {@code descriptor_id} with an input
     * that has no default and keeps the value as the type's default). Blank text counts as absent.
     */
    Optional<String> identityText(String name) {
        Optional<String> assigned = definition
                .map("properties")
                .flatMap(p -> p.get(name))
                .flatMap(this::resolve)
                .flatMap(Node::scalarText);
        return assigned.or(() -> type.map(types::properties)
                        .map(all -> all.get(name))
                        .flatMap(PropertyDef::defaultValue)
                        .flatMap(this::resolve)
                        .flatMap(Node::scalarText))
                .filter(text -> !text.isBlank());
    }

    /** A value inside a property: {@code at("vdu_profile", "min_number_of_instances")}. */
    Optional<YNode> at(String property, String... path) {
        return descend(property(property), path);
    }

    Optional<YNode> capabilityProperty(String capability, String property, String... path) {
        Optional<YNode> value = definition
                .map("capabilities")
                .flatMap(c -> c.map(capability))
                .flatMap(c -> c.map("properties"))
                .flatMap(p -> p.get(property))
                .flatMap(this::resolve);
        return descend(value, path);
    }

    Optional<String> text(String property, String... path) {
        return at(property, path).flatMap(Node::scalarText);
    }

    String textOr(String property, String fallback) {
        return text(property).orElse(fallback);
    }

    OptionalLong integer(String property, String... path) {
        return asLong(at(property, path));
    }

    OptionalLong size(String property, String... path) {
        return text(property, path).map(Scalars::bytes).orElse(OptionalLong.empty());
    }

    OptionalInt order(String property) {
        OptionalLong value = integer(property);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    List<String> strings(String property, String... path) {
        return strings(at(property, path));
    }

    /** Requirement assignments in order, as (requirement name, target node) pairs; short and long forms. */
    List<Map.Entry<String, String>> requirements() {
        List<Map.Entry<String, String>> result = new ArrayList<>();
        Optional<YNode> requirements = definition.get("requirements");
        List<YNode> items = requirements
                .map(r -> r instanceof YList list ? list.items() : List.of(r))
                .orElse(List.of());
        for (YNode item : items) {
            if (item instanceof YMap map) {
                map.entries()
                        .forEach((requirement, target) ->
                                targetOf(target).ifPresent(node -> result.add(Map.entry(requirement, node))));
            }
        }
        return result;
    }

    Optional<String> requirement(String name) {
        return requirements().stream()
                .filter(r -> r.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    List<String> requirementsNamed(String name) {
        return requirements().stream()
                .filter(r -> r.getKey().equals(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** A group's members or a policy's targets. */
    List<String> listField(String field) {
        return strings(definition.get(field));
    }

    Optional<YMap> artifact(String artifactName) {
        return definition.map("artifacts").flatMap(a -> a.map(artifactName));
    }

    private static Optional<String> targetOf(YNode target) {
        if (target instanceof YScalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        return target instanceof YMap map ? map.text("node") : Optional.empty();
    }

    private Optional<YNode> resolve(YNode value) {
        if (value instanceof YMap map && map.keys().size() == 1 && map.keys().contains("get_input")) {
            Optional<String> input = map.text("get_input");
            return input.flatMap(i -> file.root()
                            .map("topology_template")
                            .flatMap(t -> t.map("inputs"))
                            .flatMap(inputs -> inputs.map(i)))
                    .flatMap(definition -> definition.get("default"))
                    .filter(d -> !(d instanceof YScalar s && s.isNull()));
        }
        if (value instanceof YScalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<YNode> descend(Optional<YNode> start, String... path) {
        Optional<YNode> current = start;
        for (String key : path) {
            current = current.filter(YMap.class::isInstance).flatMap(n -> ((YMap) n).get(key));
        }
        return current;
    }

    static Optional<String> scalarText(YNode node) {
        return node instanceof YScalar scalar && !scalar.isNull() ? Optional.of(scalar.text()) : Optional.empty();
    }

    static OptionalLong asLong(Optional<YNode> node) {
        Optional<String> text = node.flatMap(Node::scalarText);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(new java.math.BigDecimal(text.get().trim()).longValue());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static List<String> strings(Optional<YNode> node) {
        if (node.isPresent() && node.get() instanceof YList list) {
            return list.items().stream()
                    .map(Node::scalarText)
                    .flatMap(Optional::stream)
                    .toList();
        }
        return node.flatMap(Node::scalarText).map(List::of).orElse(List.of());
    }
}
