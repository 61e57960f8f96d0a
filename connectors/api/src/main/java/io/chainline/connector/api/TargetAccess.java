package io.chainline.connector.api;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach a target, secrets included. {@code toString()} never shows a secret: these records pass through
 * logs and exception messages by accident sooner or later. Open: a platform module brings its own record (ADR 23); the
 * three below are those of the platforms Chainline ships with.
 */
public interface TargetAccess {

    TargetKind kind();

    /** A kubeconfig and the context to use, or a server URL with a CA bundle and a bearer token. */
    record Kubernetes(
            Optional<String> kubeconfig,
            Optional<String> context,
            Optional<URI> server,
            Optional<String> caCertificate,
            Optional<String> token,
            boolean insecureSkipTlsVerify)
            implements TargetAccess {

        public static Kubernetes ofKubeconfig(String kubeconfig, Optional<String> context) {
            return new Kubernetes(
                    Optional.of(kubeconfig), context, Optional.empty(), Optional.empty(), Optional.empty(), false);
        }

        public static Kubernetes ofToken(URI server, Optional<String> caCertificate, String token) {
            return new Kubernetes(
                    Optional.empty(), Optional.empty(), Optional.of(server), caCertificate, Optional.of(token), false);
        }

        @Override
        public TargetKind kind() {
            return TargetKind.KUBERNETES;
        }

        @Override
        public String toString() {
            return "Kubernetes["
                    + kubeconfig
                            .map(k -> "kubeconfig, context " + context.orElse("(current)"))
                            .orElse("server " + server.map(URI::toString).orElse("?"))
                    + ", secrets redacted]";
        }
    }

    /** Keystone v3: a password or an application credential, scoped to a project, in a region. */
    record OpenStack(
            URI authUrl,
            Optional<String> userName,
            Optional<String> userDomain,
            Optional<String> password,
            Optional<String> applicationCredentialId,
            Optional<String> applicationCredentialSecret,
            Optional<String> projectName,
            Optional<String> projectDomain,
            Optional<String> region,
            Optional<String> caCertificate)
            implements TargetAccess {

        @Override
        public TargetKind kind() {
            return TargetKind.OPENSTACK;
        }

        @Override
        public String toString() {
            return "OpenStack[" + authUrl + ", "
                    + userName.map(u -> "user " + u).orElse("application credential")
                    + ", project " + projectName.orElse("-") + ", region " + region.orElse("-")
                    + ", secrets redacted]";
        }
    }

    /**
     * A DOCKER_HOST-style endpoint ({@code unix://}, {@code tcp://}, {@code ssh://}) with, for TLS, the CA and the
     * client certificate and key (PEM).
     */
    record Docker(
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
}
