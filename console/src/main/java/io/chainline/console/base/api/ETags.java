package io.chainline.console.base.api;

import io.chainline.console.base.service.ChainlineException;

/**
 * Optimistic locking over HTTP: a GET answers the entity's lock version as its ETag, and a change names it in
 * If-Match, so two clients editing one thing conflict instead of overwriting each other.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The lock version an If-Match header names ({@code "3"} or {@code W/"3"}). */
    public static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new ChainlineException(
                    "IF-MATCH-INVALID",
                    ChainlineException.Category.INVALID,
                    "If-Match must be the ETag a GET returned, e.g. \"3\".",
                    e);
        }
    }
}
