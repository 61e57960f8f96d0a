package io.chainline.connector.openstack;

import io.chainline.connector.api.ConnectionCheck;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.openstack4j.api.exceptions.AuthenticationException;

/** What openstack4j and the network throw, in the operator's terms. */
final class OpenStackFailures {

    private OpenStackFailures() {}

    static Optional<ConnectionCheck.Failure> classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return Optional.of(ConnectionCheck.Failure.UNAUTHORIZED);
            }
            if (t instanceof UnknownHostException) {
                return Optional.of(ConnectionCheck.Failure.DNS);
            }
            if (t instanceof ConnectException) {
                return Optional.of(ConnectionCheck.Failure.REFUSED);
            }
            if (t instanceof SSLException) {
                return Optional.of(ConnectionCheck.Failure.TLS);
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of(ConnectionCheck.Failure.TIMEOUT);
            }
        }
        return Optional.empty();
    }

    static String explain(ConnectionCheck.Failure failure, String cloud, Throwable cause) {
        return switch (failure) {
            case DNS -> "Keystone's host name does not resolve (" + cloud + "); check auth_url.";
            case REFUSED -> "Nothing answers at " + cloud + "; check auth_url and that Keystone is reachable.";
            case TLS -> "The TLS handshake with Keystone failed; the cloud's CA is not trusted by the console.";
            case UNAUTHORIZED ->
                "Keystone rejected the credentials for " + cloud + "; check the user, password, domains and project.";
            case TIMEOUT -> "Keystone or Heat did not answer in time (" + cloud + ").";
            default -> "The cloud at " + cloud + " could not be used: " + cause.getMessage();
        };
    }
}
