package io.chainline.tosca.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All types visible to one template: the engine's bundled normative types, the files it imports and its own.
 * Lookups accept TOSCA's short names ({@code Compute}, {@code tosca:Compute}) for normative types.
 */
public final class TypeRegistry {

    private final Map<TypeKind, Map<String, TypeDef>> types = new EnumMap<>(TypeKind.class);

    /**
     * {@link #properties} and {@link #attributes} per type, computed once per registry (one template): every node
     * template and every data-typed value asks again, and each answer walks the lineage and maps every declared
     * property. Forgotten whenever a type is added or removed.
     */
    private final Map<TypeDef, Map<String, PropertyDef>> propertiesMemo = new IdentityHashMap<>();

    private final Map<TypeDef, Map<String, PropertyDef>> attributesMemo = new IdentityHashMap<>();

    /** @return the definition this one replaced, if a type of that name was known already */
    public Optional<TypeDef> add(TypeDef type) {
        forgetMemos();
        return Optional.ofNullable(
                types.computeIfAbsent(type.kind(), k -> new HashMap<>()).put(type.name(), type));
    }

    /** Forgets a type, e.g. one read under the wrong section before it moves to its own. */
    public Optional<TypeDef> remove(TypeKind kind, String name) {
        forgetMemos();
        return Optional.ofNullable(types.getOrDefault(kind, new HashMap<>()).remove(name));
    }

    public Optional<TypeDef> find(TypeKind kind, String name) {
        Map<String, TypeDef> ofKind = types.getOrDefault(kind, Map.of());
        TypeDef exact = ofKind.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String shortName = name.startsWith("tosca:") ? name.substring("tosca:".length()) : name;
        return Optional.ofNullable(ofKind.get(kind.normativePrefix() + shortName));
    }

    public boolean isKnown(TypeKind kind, String name) {
        return find(kind, name).isPresent() || (kind == TypeKind.DATA && PrimitiveTypes.isPrimitive(name));
    }

    public List<TypeDef> all(TypeKind kind) {
        return List.copyOf(types.getOrDefault(kind, Map.of()).values());
    }

    /** The type and its ancestors, most derived first; stops at an unknown parent or a cycle. */
    public List<TypeDef> lineage(TypeDef type) {
        List<TypeDef> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<TypeDef> current = Optional.of(type);
        while (current.isPresent() && seen.add(current.get().name())) {
            lineage.add(current.get());
            current = current.get().derivedFrom().flatMap(parent -> find(type.kind(), parent));
        }
        return lineage;
    }

    /** True when {@code type} is {@code base} or derives from it. */
    public boolean derivesFrom(TypeDef type, String base) {
        Optional<TypeDef> baseType = find(type.kind(), base);
        String baseName = baseType.map(TypeDef::name).orElse(base);
        return lineage(type).stream().anyMatch(t -> t.name().equals(baseName));
    }

    /** Every property the type has, inherited ones first, a redefinition replacing its parent's (read-only). */
    public Map<String, PropertyDef> properties(TypeDef type) {
        return propertiesMemo.computeIfAbsent(type, t -> inherited(t, TypeDef::ownProperties));
    }

    /** Every attribute the type has, inherited ones included (read-only). */
    public Map<String, PropertyDef> attributes(TypeDef type) {
        return attributesMemo.computeIfAbsent(type, t -> inherited(t, TypeDef::ownAttributes));
    }

    private void forgetMemos() {
        propertiesMemo.clear();
        attributesMemo.clear();
    }

    private Map<String, PropertyDef> inherited(
            TypeDef type, java.util.function.Function<TypeDef, Map<String, PropertyDef>> own) {
        Map<String, PropertyDef> all = new LinkedHashMap<>();
        List<TypeDef> lineage = lineage(type);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            all.putAll(own.apply(lineage.get(i)));
        }
        return Collections.unmodifiableMap(all);
    }
}
