package io.chainline.tosca.types;

import io.chainline.tosca.issue.Location;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One type definition as written, with where it came from ({@code bundled} for the engine's own type files). */
public record TypeDef(TypeKind kind, String name, Optional<String> derivedFrom, YMap definition, boolean bundled) {

    public static TypeDef of(TypeKind kind, String name, YMap definition, boolean bundled) {
        return new TypeDef(kind, name, definition.text("derived_from"), definition, bundled);
    }

    public Location location() {
        return definition.location();
    }

    /** The properties this type itself declares (not inherited). */
    public Map<String, PropertyDef> ownProperties() {
        return definitions("properties");
    }

    /** The attributes this type itself declares (not inherited). */
    public Map<String, PropertyDef> ownAttributes() {
        return definitions("attributes");
    }

    private Map<String, PropertyDef> definitions(String section) {
        Map<String, PropertyDef> result = new LinkedHashMap<>();
        definition.map(section).ifPresent(map -> {
            for (Map.Entry<String, YNode> entry : map.entries().entrySet()) {
                result.put(entry.getKey(), PropertyDef.of(entry.getKey(), entry.getValue()));
            }
        });
        return result;
    }

    /** Names of the requirements and capabilities this type itself declares. */
    public Map<String, YNode> ownCapabilities() {
        return definition.map("capabilities").map(YMap::entries).orElse(Map.of());
    }
}
