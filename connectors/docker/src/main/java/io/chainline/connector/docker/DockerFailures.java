package io.chainline.connector.docker;

import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.UnauthorizedException;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.ConnectorException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** What docker-java and the network throw, in the operator's terms. */
final class DockerFailures {

    private DockerFailures() {}

    static Optional<ConnectionCheck.Failure> classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnauthorizedException) {
                return Optional.of(ConnectionCheck.Failure.UNAUTHORIZED);
            }
            if (t instanceof DockerException d && d.getHttpStatus() == 403) {
                return Optional.of(ConnectionCheck.Failure.FORBIDDEN);
            }
            if (t instanceof UnknownHostException) {
                return Optional.of(ConnectionCheck.Failure.DNS);
            }
            if (t instanceof ConnectException || t instanceof NoSuchFileException) {
                return Optional.of(ConnectionCheck.Failure.REFUSED);
            }
            if (t instanceof SSLException || t instanceof CertificateException) {
                return Optional.of(ConnectionCheck.Failure.TLS);
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return Optional.of(ConnectionCheck.Failure.TIMEOUT);
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("No such file") || text.contains("Connection refused")) {
                return Optional.of(ConnectionCheck.Failure.REFUSED);
            }
        }
        return Optional.empty();
    }

    static String explain(ConnectionCheck.Failure failure, String endpoint) {
        return switch (failure) {
            case DNS -> "The host name of " + endpoint + " does not resolve; check the endpoint and the console's DNS.";
            case REFUSED ->
                "Nothing answers at " + endpoint + "; check that the Docker daemon runs and listens there"
                        + " (for a socket: that it exists and the console may open it).";
            case TLS ->
                "The TLS handshake with " + endpoint + " failed: the daemon's certificate is not signed by the"
                        + " given CA, or the client certificate was refused.";
            case UNAUTHORIZED -> "The Docker daemon at " + endpoint + " rejected the credentials (401).";
            case FORBIDDEN ->
                "The Docker daemon at " + endpoint + " refused the request (403, an authorization plugin).";
            case TIMEOUT -> endpoint + " did not answer in time; a firewall may drop the traffic.";
            case WRONG_CONTEXT, BAD_ACCESS, OTHER -> "The Docker daemon at " + endpoint + " could not be used.";
        };
    }

    static ConnectorException of(RuntimeException e, String doing) {
        if (e instanceof ConnectorException already) {
            return already;
        }
        ConnectorException.Reason reason = classify(e)
                .map(f -> switch (f) {
                    case UNAUTHORIZED -> ConnectorException.Reason.UNAUTHORIZED;
                    case FORBIDDEN -> ConnectorException.Reason.FORBIDDEN;
                    case TIMEOUT -> ConnectorException.Reason.TIMEOUT;
                    default -> ConnectorException.Reason.UNREACHABLE;
                })
                .orElseGet(() -> e instanceof DockerException d
                        ? switch (d.getHttpStatus()) {
                            case 409 -> ConnectorException.Reason.CONFLICT;
                            case 400, 404 -> ConnectorException.Reason.REJECTED;
                            default -> ConnectorException.Reason.FAILED;
                        }
                        : ConnectorException.Reason.FAILED);
        return new ConnectorException(reason, doing + ": " + engineMessage(e), e);
    }

    private static final java.util.regex.Pattern ENGINE_MESSAGE =
            java.util.regex.Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * What the engine said, in its words: docker-java's message is {@code Status 500: {"cause":…,"message":…}}, and
     * an operator reads the message, not the JSON around it.
     */
    static String engineMessage(RuntimeException e) {
        String text = String.valueOf(e.getMessage());
        java.util.regex.Matcher message = ENGINE_MESSAGE.matcher(text);
        return message.find() ? message.group(1).replace("\\\"", "\"") : text;
    }
}
