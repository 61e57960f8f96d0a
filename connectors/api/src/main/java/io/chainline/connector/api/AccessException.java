package io.chainline.connector.api;

/**
 * Access details a platform refuses when they are given: a coded finding naming the field and what to do. The message
 * never quotes a secret back; the console shows it in place (UI) or as problem+json (API).
 */
public class AccessException extends RuntimeException {

    private final String code;
    private final String field;

    /**
     * @param code a stable code such as {@code FLEET-DOCKER-ENDPOINT}
     * @param field the form field at fault ({@link AccessForm.Field#key()}), or empty for the form as a whole
     */
    public AccessException(String code, String field, String message) {
        this(code, field, message, null);
    }

    public AccessException(String code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field == null ? "" : field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
