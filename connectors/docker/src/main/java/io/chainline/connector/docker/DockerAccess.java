package io.chainline.connector.docker;

import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.net.URI;
import java.util.Optional;

/**
 * A DOCKER_HOST-style endpoint ({@code unix://}, {@code tcp://}, {@code ssh://}) with, for TLS, the CA and the
 * client certificate and key (PEM).
 */
public record DockerAccess(
        URI endpoint,
        Optional<String> caCertificate,
        Optional<String> clientCertificate,
        Optional<String> clientKey,
        Optional<String> sshPrivateKey)
        implements TargetAccess {

    @Override
    public TargetKind kind() {
        return TargetKind.DOCKER;
    }

    @Override
    public String toString() {
        return "Docker[" + endpoint + (clientCertificate.isPresent() ? ", TLS client certificate" : "")
                + ", secrets redacted]";
    }
}
