package io.chainline.connector.docker;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Engine timestamps (RFC 3339 with nanoseconds, or Go's zero time) as instants. */
final class Instants {

    private Instants() {}

    static Instant of(String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-")) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
