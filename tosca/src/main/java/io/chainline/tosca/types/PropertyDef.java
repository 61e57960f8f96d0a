package io.chainline.tosca.types;

import io.chainline.tosca.issue.Location;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Optional;

/** A property (or attribute, or input) definition: its type, whether it is required, default and constraints. */
public record PropertyDef(
        String name,
        String type,
        boolean required,
        Optional<YNode> defaultValue,
        List<YNode> constraints,
        Optional<String> entrySchema,
        Location location) {

    /** Reads a definition; TOSCA's short form {@code name: type} is accepted too. */
    public static PropertyDef of(String name, YNode definition) {
        if (definition instanceof YMap map) {
            boolean required = map.get("required")
                    .filter(YScalar.class::isInstance)
                    .map(n -> !((YScalar) n).text().equalsIgnoreCase("false"))
                    .orElse(true);
            List<YNode> constraints = map.get("constraints")
                    .filter(YList.class::isInstance)
                    .map(n -> ((YList) n).items())
                    .orElse(List.of());
            Optional<String> entrySchema = map.get("entry_schema").flatMap(PropertyDef::typeOf);
            return new PropertyDef(
                    name,
                    map.text("type").orElse("string"),
                    required,
                    map.get("default").filter(d -> !(d instanceof YScalar s && s.isNull())),
                    constraints,
                    entrySchema,
                    map.location());
        }
        String type = definition instanceof YScalar scalar ? scalar.text() : "string";
        return new PropertyDef(name, type, true, Optional.empty(), List.of(), Optional.empty(), definition.location());
    }

    private static Optional<String> typeOf(YNode schema) {
        if (schema instanceof YScalar scalar) {
            return Optional.of(scalar.text());
        }
        return schema instanceof YMap map ? map.text("type") : Optional.empty();
    }

    /** Required and without a default: a template must give a value. */
    public boolean needsValue() {
        return required && defaultValue.isEmpty();
    }
}
