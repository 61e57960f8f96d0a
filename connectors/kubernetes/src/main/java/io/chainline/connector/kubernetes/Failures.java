package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.ConnectorException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Turns what fabric8 and the network throw into the operator's terms: which failure, and what to do about it. */
final class Failures {

    private Failures() {}

    /** A connection-level classification, or empty when the failure is not about reaching the cluster. */
    static Optional<ConnectionCheck.Failure> classify(Throwable thrown) {
        if (thrown instanceof KubernetesClientException k && k.getCode() == 401) {
            return Optional.of(ConnectionCheck.Failure.UNAUTHORIZED);
        }
        if (thrown instanceof KubernetesClientException k && k.getCode() == 403) {
            return Optional.of(ConnectionCheck.Failure.FORBIDDEN);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Optional.of(ConnectionCheck.Failure.DNS);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return Optional.of(ConnectionCheck.Failure.REFUSED);
            }
            if (t instanceof SSLException || t instanceof CertificateException) {
                return Optional.of(ConnectionCheck.Failure.TLS);
            }
            if (t instanceof SocketTimeoutException
                    || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return Optional.of(ConnectionCheck.Failure.TIMEOUT);
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains("Failed to resolve") || text.contains("nodename nor servname")) {
                return Optional.of(ConnectionCheck.Failure.DNS);
            }
            if (text.contains("Connection refused")) {
                return Optional.of(ConnectionCheck.Failure.REFUSED);
            }
        }
        return Optional.empty();
    }

    /** What the operator reads for a failure, and what to do about it. */
    static String explain(ConnectionCheck.Failure failure, String server) {
        return switch (failure) {
            case DNS ->
                "The name of " + server + " does not resolve; check the server address in the kubeconfig and"
                        + " the console's DNS.";
            case REFUSED ->
                "Nothing accepts connections at " + server + "; check the address and port, and that the"
                        + " API server is running and reachable from the console.";
            case TLS ->
                "The TLS handshake with " + server + " failed: the server's certificate is not signed by the"
                        + " CA in the kubeconfig (certificate-authority-data), or the name does not match.";
            case UNAUTHORIZED ->
                "The cluster rejected the credentials (401); the token or client certificate is wrong" + " or expired.";
            case FORBIDDEN ->
                "The credentials are valid but not allowed to do this (403); grant the service account"
                        + " the Chainline role.";
            case TIMEOUT ->
                server + " did not answer in time; a firewall may drop the traffic, or the API server is"
                        + " overloaded.";
            case WRONG_CONTEXT, BAD_ACCESS, OTHER -> "The cluster at " + server + " could not be used.";
        };
    }

    static ConnectorException of(KubernetesClientException e, String doing) {
        Optional<ConnectionCheck.Failure> failure = classify(e);
        ConnectorException.Reason reason = failure.map(f -> switch (f) {
                    case UNAUTHORIZED -> ConnectorException.Reason.UNAUTHORIZED;
                    case FORBIDDEN -> ConnectorException.Reason.FORBIDDEN;
                    case TIMEOUT -> ConnectorException.Reason.TIMEOUT;
                    default -> ConnectorException.Reason.UNREACHABLE;
                })
                .orElseGet(() -> switch (e.getCode()) {
                    case 409 -> ConnectorException.Reason.CONFLICT;
                    case 400, 404, 415, 422 -> ConnectorException.Reason.REJECTED;
                    default -> ConnectorException.Reason.FAILED;
                });
        String detail = e.getStatus() != null && e.getStatus().getMessage() != null
                ? e.getStatus().getMessage()
                : String.valueOf(e.getMessage());
        return new ConnectorException(reason, doing + ": " + detail, e);
    }
}
