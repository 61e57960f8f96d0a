package io.chainline.tosca.yaml;

import io.chainline.tosca.issue.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A scalar as written, with how YAML 1.2 (core schema) resolves it. TOSCA types values itself, so the text is kept
 * and the resolution is only a hint: {@code "1"} quoted is a string, {@code 1} plain is an integer.
 */
public record YScalar(String text, Resolved resolved, Location location, String path) implements YNode {

    /** The YAML core schema's resolution of a plain scalar; quoted scalars are always {@link #STRING}. */
    public enum Resolved {
        NULL,
        BOOLEAN,
        INTEGER,
        FLOAT,
        STRING
    }

    public boolean isNull() {
        return resolved == Resolved.NULL;
    }

    public Optional<BigInteger> asInteger() {
        if (resolved != Resolved.INTEGER) {
            return Optional.empty();
        }
        String t = text.replace("_", "");
        try {
            if (t.startsWith("0x")) {
                return Optional.of(new BigInteger(t.substring(2), 16));
            }
            if (t.startsWith("0o")) {
                return Optional.of(new BigInteger(t.substring(2), 8));
            }
            return Optional.of(new BigInteger(t.startsWith("+") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> asNumber() {
        if (resolved == Resolved.INTEGER) {
            return asInteger().map(BigDecimal::new);
        }
        if (resolved != Resolved.FLOAT) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty(); // .inf and .nan have no decimal form
        }
    }

    @Override
    public String kind() {
        return switch (resolved) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case STRING -> "a string";
        };
    }
}
