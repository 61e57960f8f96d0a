package io.chainline.console.base.api;

import java.io.IOException;

/** Thrown by the body stream the moment a request body passes its limit, so nothing beyond it is ever read. */
public class RequestTooLargeException extends IOException {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The limit a failure was caused by, if one of its causes is this exception. */
    static java.util.Optional<RequestTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
