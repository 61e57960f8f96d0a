package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetKind;
import java.util.Map;

/**
 * Registering or changing a target, from the UI or the API. Exactly the section of its kind is read; on a change,
 * a blank secret keeps the stored one (secrets are write-only: they are never sent back to be edited).
 */
public record TargetRequest(
        String name,
        TargetKind kind,
        String site,
        String region,
        Map<String, String> labels,
        Kubernetes kubernetes,
        OpenStack openstack,
        Docker docker) {

    /** A kubeconfig (and a context), or a server URL with CA and token. */
    public record Kubernetes(String kubeconfig, String context, String server, String caCertificate, String token) {}

    /**
     * Keystone v3: a {@code clouds.yaml} and the cloud to take from it, or the fields themselves; a password or an
     * application credential.
     */
    public record OpenStack(
            String cloudsYaml,
            String cloud,
            String authUrl,
            String userName,
            String userDomain,
            String password,
            String applicationCredentialId,
            String applicationCredentialSecret,
            String projectName,
            String projectDomain,
            String region) {}

    /** A DOCKER_HOST-style endpoint; for {@code tcp://} with TLS the CA, certificate and key; for ssh a key. */
    public record Docker(
            String endpoint, String caCertificate, String clientCertificate, String clientKey, String sshPrivateKey) {}

    public TargetRequest {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
