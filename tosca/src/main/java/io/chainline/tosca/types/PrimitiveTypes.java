package io.chainline.tosca.types;

import java.util.Set;

/** TOSCA's built-in value types, which no type file defines. */
public final class PrimitiveTypes {

    private static final Set<String> PRIMITIVES = Set.of(
            "string",
            "integer",
            "float",
            "boolean",
            "timestamp",
            "null",
            "version",
            "range",
            "list",
            "map",
            "any",
            "scalar-unit.size",
            "scalar-unit.time",
            "scalar-unit.frequency",
            "scalar-unit.bitrate");

    private PrimitiveTypes() {}

    public static boolean isPrimitive(String type) {
        return PRIMITIVES.contains(normalise(type));
    }

    /** {@code tosca:integer} and {@code tosca.datatypes.integer} are spelled differently by different tools. */
    public static String normalise(String type) {
        if (type.startsWith("tosca:")) {
            return type.substring("tosca:".length());
        }
        return type;
    }
}
