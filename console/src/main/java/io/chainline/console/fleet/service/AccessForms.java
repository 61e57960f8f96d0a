package io.chainline.console.fleet.service;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.kubernetes.Kubeconfigs;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Turns a registration form into access details, checking each kind's rules; on a change, a secret left blank keeps
 * the stored one. Every refusal names the field and what to do, and never quotes a secret back.
 */
final class AccessForms {

    /** Access details and the endpoint the fleet shows for them (never a secret). */
    record Resolved(TargetAccess access, String endpoint) {}

    private AccessForms() {}

    static Resolved resolve(TargetRequest request, Optional<TargetAccess> previous) {
        if (request.kind() == null) {
            throw invalid("FLEET-KIND-MISSING", "Choose the kind of target: KUBERNETES, OPENSTACK or DOCKER.");
        }
        return switch (request.kind()) {
            case KUBERNETES ->
                kubernetes(
                        Optional.ofNullable(request.kubernetes())
                                .orElse(new TargetRequest.Kubernetes(null, null, null, null, null)),
                        previous.filter(TargetAccess.Kubernetes.class::isInstance)
                                .map(TargetAccess.Kubernetes.class::cast));
            case OPENSTACK ->
                openstack(
                        Optional.ofNullable(request.openstack())
                                .orElseThrow(
                                        () -> invalid("FLEET-ACCESS-MISSING", "Give the OpenStack access details.")),
                        previous.filter(TargetAccess.OpenStack.class::isInstance)
                                .map(TargetAccess.OpenStack.class::cast));
            case DOCKER ->
                docker(
                        Optional.ofNullable(request.docker())
                                .orElseThrow(() -> invalid("FLEET-ACCESS-MISSING", "Give the Docker endpoint.")),
                        previous.filter(TargetAccess.Docker.class::isInstance).map(TargetAccess.Docker.class::cast));
        };
    }

    private static Resolved kubernetes(TargetRequest.Kubernetes form, Optional<TargetAccess.Kubernetes> previous) {
        Optional<String> context = text(form.context());
        Optional<String> kubeconfig = text(form.kubeconfig())
                .or(() -> text(form.server()).isPresent() ? Optional.empty() : previous.flatMap(p -> p.kubeconfig()));
        if (kubeconfig.isPresent()) {
            Kubeconfigs.Contexts contexts = contexts(kubeconfig.get());
            Optional<String> chosen = context.or(() -> previous.flatMap(p -> p.context()));
            if (chosen.isPresent() && !contexts.names().contains(chosen.get())) {
                throw invalid(
                        "FLEET-KUBE-CONTEXT",
                        "The kubeconfig has no context '" + chosen.get() + "'; pick one of " + contexts.names() + ".");
            }
            String name = chosen.or(contexts::current).orElse(contexts.names().getFirst());
            return new Resolved(
                    TargetAccess.Kubernetes.ofKubeconfig(kubeconfig.get(), Optional.of(name)),
                    Kubeconfigs.server(kubeconfig.get(), Optional.of(name)) + " (context " + name + ")");
        }
        URI server = uri(
                text(form.server())
                        .or(() -> previous.flatMap(p -> p.server()).map(URI::toString))
                        .orElseThrow(() -> invalid(
                                "FLEET-KUBE-ACCESS",
                                "Paste a kubeconfig, or give the API server URL and a service account token.")),
                "server",
                "https://api.cluster.example:6443");
        String token = text(form.token())
                .or(() -> previous.flatMap(p -> p.token()))
                .orElseThrow(() -> invalid("FLEET-KUBE-TOKEN", "Give the service account token for " + server + "."));
        Optional<String> ca = text(form.caCertificate()).or(() -> previous.flatMap(p -> p.caCertificate()));
        ca.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "CA certificate"));
        return new Resolved(TargetAccess.Kubernetes.ofToken(server, ca, token), server.toString());
    }

    private static Kubeconfigs.Contexts contexts(String kubeconfig) {
        try {
            return Kubeconfigs.contexts(kubeconfig);
        } catch (ConnectorException e) {
            throw new ChainlineException("FLEET-KUBECONFIG", Category.INVALID, e.getMessage(), e);
        }
    }

    private static Resolved openstack(TargetRequest.OpenStack given, Optional<TargetAccess.OpenStack> previous) {
        TargetRequest.OpenStack form =
                text(given.cloudsYaml()).isPresent() ? CloudsYaml.entry(given.cloudsYaml(), given.cloud()) : given;
        URI authUrl = uri(
                text(form.authUrl())
                        .or(() -> previous.map(p -> p.authUrl().toString()))
                        .orElseThrow(() -> invalid("FLEET-OS-AUTH-URL", "Give Keystone's v3 URL (auth_url).")),
                "auth_url",
                "https://keystone.example:5000/v3");
        Optional<String> appId =
                text(form.applicationCredentialId()).or(() -> previous.flatMap(p -> p.applicationCredentialId()));
        Optional<String> user = text(form.userName()).or(() -> previous.flatMap(p -> p.userName()));
        if (appId.isEmpty() && user.isEmpty()) {
            throw invalid(
                    "FLEET-OS-CREDENTIALS",
                    "Give a user name and password, or an application credential id and secret.");
        }
        Optional<String> password = appId.isPresent()
                ? Optional.empty()
                : Optional.of(text(form.password())
                        .or(() -> previous.flatMap(p -> p.password()))
                        .orElseThrow(() -> invalid("FLEET-OS-PASSWORD", "Give the password of " + user.get() + ".")));
        Optional<String> appSecret = appId.isEmpty()
                ? Optional.empty()
                : Optional.of(text(form.applicationCredentialSecret())
                        .or(() -> previous.flatMap(p -> p.applicationCredentialSecret()))
                        .orElseThrow(() -> invalid(
                                "FLEET-OS-APP-SECRET",
                                "Give the secret of application credential " + appId.get() + ".")));
        Optional<String> project = text(form.projectName()).or(() -> previous.flatMap(p -> p.projectName()));
        Optional<String> region = text(form.region()).or(() -> previous.flatMap(p -> p.region()));
        TargetAccess.OpenStack access = new TargetAccess.OpenStack(
                authUrl,
                appId.isPresent() ? Optional.empty() : user,
                text(form.userDomain())
                        .or(() -> previous.flatMap(p -> p.userDomain()))
                        .or(() -> Optional.of("Default")),
                password,
                appId,
                appSecret,
                project,
                text(form.projectDomain())
                        .or(() -> previous.flatMap(p -> p.projectDomain()))
                        .or(() -> Optional.of("Default")),
                region,
                previous.flatMap(p -> p.caCertificate()));
        return new Resolved(
                access,
                authUrl
                        + project.map(p -> " project " + p).orElse("")
                        + region.map(r -> ", region " + r).orElse(""));
    }

    private static Resolved docker(TargetRequest.Docker form, Optional<TargetAccess.Docker> previous) {
        URI endpoint = uri(
                text(form.endpoint())
                        .or(() -> previous.map(p -> p.endpoint().toString()))
                        .orElseThrow(() -> invalid(
                                "FLEET-DOCKER-ENDPOINT",
                                "Give the Docker endpoint: unix:///var/run/docker.sock, tcp://host:2376 or"
                                        + " ssh://user@host.")),
                "endpoint",
                "tcp://docker.example:2376");
        if (!java.util.List.of("unix", "tcp", "ssh").contains(String.valueOf(endpoint.getScheme()))) {
            throw invalid(
                    "FLEET-DOCKER-ENDPOINT",
                    "The Docker endpoint must start with unix://, tcp:// or ssh://, as DOCKER_HOST does.");
        }
        Optional<String> cert = text(form.clientCertificate()).or(() -> previous.flatMap(p -> p.clientCertificate()));
        Optional<String> key = text(form.clientKey()).or(() -> previous.flatMap(p -> p.clientKey()));
        if (cert.isPresent() != key.isPresent()) {
            throw invalid(
                    "FLEET-DOCKER-TLS",
                    "A TLS client certificate needs its key, and a key its certificate; give both.");
        }
        Optional<String> ca = text(form.caCertificate()).or(() -> previous.flatMap(p -> p.caCertificate()));
        Optional<String> ssh = text(form.sshPrivateKey()).or(() -> previous.flatMap(p -> p.sshPrivateKey()));
        ca.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "CA certificate"));
        cert.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "client certificate"));
        key.ifPresent(pem -> AccessMaterial.requirePrivateKey(pem, "client key"));
        ssh.ifPresent(pem -> AccessMaterial.requirePrivateKey(pem, "SSH private key"));
        return new Resolved(
                new TargetAccess.Docker(endpoint, ca, cert, key, ssh),
                endpoint.toString() + (cert.isPresent() ? " (TLS client certificate)" : ""));
    }

    private static URI uri(String text, String field, String example) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getScheme() == null) {
                throw new URISyntaxException(text, "no scheme");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ChainlineException(
                    "FLEET-URL", Category.INVALID, "The " + field + " is not a URL; write it like " + example + ".", e);
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static ChainlineException invalid(String code, String message) {
        return new ChainlineException(code, Category.INVALID, message);
    }
}
