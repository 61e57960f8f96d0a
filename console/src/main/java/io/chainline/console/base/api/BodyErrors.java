package io.chainline.console.base.api;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says what is wrong with a request body or parameter in the API's terms ("'x' is not a valid id for 'chainId'"),
 * never in Java's ("Cannot deserialize value of type `java.util.UUID`").
 */
final class BodyErrors {

    private BodyErrors() {}

    static String describe(Throwable failure) {
        if (failure != null && String.valueOf(failure.getMessage()).startsWith("Required request body is missing")) {
            return "The request has no body; this endpoint reads one.";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return describe(jackson);
            }
        }
        return "The request body is not what this endpoint reads.";
    }

    private static String describe(JacksonException e) {
        String field = path(e.getPath());
        String at = field.isEmpty() ? "" : " for '" + field + "'";
        if (e instanceof PropertyBindingException unknown) {
            return "'" + unknown.getPropertyName() + "' is not a field this endpoint reads.";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + kind(invalid.getTargetType()) + at + ".";
        }
        if (e instanceof MismatchedInputException mismatched) {
            String what = kind(mismatched.getTargetType());
            return field.isEmpty() ? "The body must be a " + what + "." : "'" + field + "' must be a " + what + ".";
        }
        if (e instanceof StreamReadException) {
            TokenStreamLocation location = e.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return "The body is not valid JSON" + where + ": " + reason(e.getOriginalMessage()) + ".";
        }
        return "The body does not match this endpoint's schema" + at + ".";
    }

    /** What a value had to be, as a reader of the API docs would say it. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == UUID.class) {
            return "id";
        }
        if (type.isEnum()) {
            return "value (one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 timestamp";
        }
        if (type == String.class) {
            return "string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "object" : "value";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parser's own words up to where it starts describing its source, which names Java types. */
    private static String reason(String message) {
        String first = String.valueOf(message).lines().findFirst().orElse("");
        int cut = first.length();
        for (String marker : List.of(" (", " [", ": was ")) {
            int i = first.indexOf(marker);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return first.substring(0, cut);
    }
}
