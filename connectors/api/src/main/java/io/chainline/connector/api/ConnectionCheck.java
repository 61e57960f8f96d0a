package io.chainline.connector.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The answer to "can Chainline reach this target with these credentials?".
 *
 * @param failure empty when reached; else what went wrong, in the operator's terms
 * @param serverVersion what the target said it runs, when reached
 * @param took how long the check took
 */
public record ConnectionCheck(
        Optional<Failure> failure, String message, Optional<String> serverVersion, Duration took) {

    /** The classes of failure an operator fixes differently. */
    public enum Failure {
        DNS("Name not found"),
        REFUSED("Connection refused"),
        TLS("TLS failed"),
        UNAUTHORIZED("Credentials rejected"),
        FORBIDDEN("Not allowed"),
        WRONG_CONTEXT("No such context"),
        TIMEOUT("Timed out"),
        BAD_ACCESS("Unusable access details"),
        OTHER("Failed");

        private final String title;

        Failure(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public static ConnectionCheck reached(String serverVersion, Duration took) {
        return new ConnectionCheck(
                Optional.empty(),
                "Connected; the server runs " + serverVersion + ".",
                Optional.of(serverVersion),
                took);
    }

    public static ConnectionCheck failed(Failure failure, String message, Duration took) {
        return new ConnectionCheck(Optional.of(failure), message, Optional.empty(), took);
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}
