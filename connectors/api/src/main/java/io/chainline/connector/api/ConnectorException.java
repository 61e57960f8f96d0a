package io.chainline.connector.api;

/**
 * A connector's failure: what went wrong in the operator's terms, whether retrying can help (a timeout, a conflict)
 * or not (missing runtime class, rejected credentials), and the platform's own exception as the cause.
 */
public class ConnectorException extends RuntimeException {

    /** Why it failed; the console maps each to a coded error. */
    public enum Reason {
        UNREACHABLE(true),
        TIMEOUT(true),
        CONFLICT(true),
        UNAUTHORIZED(false),
        FORBIDDEN(false),
        BAD_ACCESS(false),
        UNSUPPORTED(false),
        REJECTED(false),
        FAILED(true);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;

    public ConnectorException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ConnectorException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean retryable() {
        return reason.retryable();
    }
}
