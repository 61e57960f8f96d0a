package io.chainline.console.base.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A key-set position in a list: the sort key and id of the last row a page showed, handed to clients as an opaque,
 * versioned base64url marker ({@code ?after=}). The next page starts strictly after it, so it stays correct while
 * rows are added and costs one index seek at any depth, unlike an offset. A marker that does not decode (edited,
 * truncated, from another version) is a coded 400 problem, never a silent first page.
 *
 * @param key the last row's sort key as text (an ISO instant, a name)
 */
public record Cursor(String key, UUID id) {

    /** The marker's format; a change of format gets a new prefix so old markers are refused, not misread. */
    private static final String VERSION = "c1";

    private static final String CODE = "CURSOR-INVALID";

    public Cursor {
        if (key == null || id == null) {
            throw new IllegalArgumentException("a cursor needs a key and an id");
        }
    }

    public static Cursor of(Instant key, UUID id) {
        return new Cursor(key.toString(), id);
    }

    /** The opaque marker for {@code ?after=}. */
    public String encode() {
        String plain = VERSION + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The marker read back; empty for an absent or blank one; a coded 400 for anything else that does not decode. */
    public static Optional<Cursor> decode(String marker) {
        if (marker == null || marker.isBlank()) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(marker.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid(null);
            }
            return Optional.of(new Cursor(parts[2], UUID.fromString(parts[1])));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    /** The key as an instant, for lists sorted by time; a coded 400 if the marker came from a list sorted otherwise. */
    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid(e);
        }
    }

    private static ChainlineException invalid(Throwable cause) {
        return new ChainlineException(
                CODE,
                ChainlineException.Category.MALFORMED,
                "The after marker is not one this list gave out; start again without it and follow the Link"
                        + " header's next marker.",
                cause);
    }

    /**
     * One page of a key-set list: the rows asked for, and the marker of the next page when there are more.
     *
     * @param next the marker for the next page, empty on the last
     */
    public record Page<T>(List<T> rows, Optional<String> next) {

        /**
         * The page from a query that read one row more than {@code limit}: that extra row only says a next page
         * exists; the next page starts after the last row kept.
         */
        public static <T> Page<T> of(List<T> readLimitPlusOne, int limit, Function<T, Cursor> cursor) {
            if (readLimitPlusOne.size() <= limit) {
                return new Page<>(List.copyOf(readLimitPlusOne), Optional.empty());
            }
            List<T> rows = List.copyOf(readLimitPlusOne.subList(0, limit));
            return new Page<>(rows, Optional.of(cursor.apply(rows.getLast()).encode()));
        }

        public <R> Page<R> map(Function<T, R> f) {
            return new Page<>(rows.stream().map(f).toList(), next);
        }
    }
}
