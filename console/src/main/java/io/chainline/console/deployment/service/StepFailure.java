package io.chainline.console.deployment.service;

/** A step that did not do what it should, with a code, the operator's words, and whether trying again can help. */
class StepFailure extends RuntimeException {

    private final String code;
    private final boolean retryable;

    StepFailure(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    String code() {
        return code;
    }

    boolean retryable() {
        return retryable;
    }
}
