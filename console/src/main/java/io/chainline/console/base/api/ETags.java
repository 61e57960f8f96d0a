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

    /** The version an optional If-Match header asks for: none when absent or {@code *} (any version). */
    public static java.util.OptionalLong expected(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())
                ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(version(ifMatch));
    }

    /**
     * A stale If-Match answered as HTTP says (412 Precondition Failed), with the refusal's own code; APIs whose
     * standard asks for 412 (SOL005) use it where a changed resource is otherwise a 409.
     */
    public static org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> preconditionFailed(
            ChainlineException stale) {
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.PRECONDITION_FAILED)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        org.springframework.http.HttpStatus.PRECONDITION_FAILED, stale.code(), stale.getMessage()));
    }
}
