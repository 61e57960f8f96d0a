package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetKind;
import java.util.Map;

/**
 * Registering or changing a target, from the UI or the API. The access details are the {@code access} map, keyed as
 * the kind's platform form keys them; a client written before platforms were plug-ins may instead send the section
 * named after its kind ({@code kubernetes}, {@code openstack}, {@code docker}), which means the same. On a change, a
 * blank secret keeps the stored one (secrets are write-only: they are never sent back to be edited).
 */
public record TargetRequest(
        String name,
        TargetKind kind,
        String site,
        String region,
        Map<String, String> labels,
        Kubernetes kubernetes,
        OpenStack openstack,
        Docker docker,
        Map<String, String> access) {

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
        access = access == null
                ? Map.of()
                : Map.copyOf(access.entrySet().stream()
                        .filter(e -> e.getKey() != null && e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A request in the shape of the sections of the platforms Chainline ships with. */
    public TargetRequest(
            String name,
            TargetKind kind,
            String site,
            String region,
            Map<String, String> labels,
            Kubernetes kubernetes,
            OpenStack openstack,
            Docker docker) {
        this(name, kind, site, region, labels, kubernetes, openstack, docker, Map.of());
    }

    /** A request for any installed platform: its form's answers. */
    public static TargetRequest of(
            String name,
            TargetKind kind,
            String site,
            String region,
            Map<String, String> labels,
            Map<String, String> access) {
        return new TargetRequest(name, kind, site, region, labels, null, null, null, access);
    }
}
