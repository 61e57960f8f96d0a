package io.chainline.connector.kubernetes;

import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.net.URI;
import java.util.Optional;

/** A kubeconfig and the context to use, or a server URL with a CA bundle and a bearer token. */
public record KubernetesAccess(
        Optional<String> kubeconfig,
        Optional<String> context,
        Optional<URI> server,
        Optional<String> caCertificate,
        Optional<String> token,
        boolean insecureSkipTlsVerify)
        implements TargetAccess {

    public static KubernetesAccess ofKubeconfig(String kubeconfig, Optional<String> context) {
        return new KubernetesAccess(
                Optional.of(kubeconfig), context, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public static KubernetesAccess ofToken(URI server, Optional<String> caCertificate, String token) {
        return new KubernetesAccess(
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
