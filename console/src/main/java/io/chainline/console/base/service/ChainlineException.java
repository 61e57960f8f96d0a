package io.chainline.console.base.service;

import java.util.Objects;

/**
 * A refusal the user can act on: a stable code (for scripts and docs), a category (how the API answers it) and a
 * message that says what to do. Services throw it for a user's mistake; anything else is a bug and surfaces as one.
 */
public class ChainlineException extends RuntimeException {

    /** How a refusal maps onto HTTP and onto the UI's tone; independent of any web framework. */
    public enum Category {
        /** The request itself is malformed (HTTP 400): a query the API cannot read, e.g. a SOL013 filter. */
        MALFORMED,
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN,
        /** A condition the request set no longer holds (HTTP 412): a stale If-Match. */
        PRECONDITION_FAILED
    }

    private final String code;
    private final Category category;

    public ChainlineException(String code, Category category, String message) {
        this(code, category, message, null);
    }

    public ChainlineException(String code, Category category, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
        this.category = Objects.requireNonNull(category);
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }
}
