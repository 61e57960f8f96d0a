package io.chainline.connector.docker;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.AccessFields;
import io.chainline.connector.api.AccessForm;
import io.chainline.connector.api.AccessForm.Field;
import io.chainline.connector.api.AccessMaterial;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.DesignFit;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.PlatformContext;
import io.chainline.connector.api.ResolvedAccess;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.WorkloadShape;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Docker engines and Swarm managers, reached through a DOCKER_HOST-style endpoint. */
public final class DockerPlatform implements Platform {

    // the two kinds of place a Docker engine is, as the designer names them
    private static final String HOST = "Docker host";
    private static final String SWARM = "Swarm";

    static final AccessForm FORM = new AccessForm(
            List.of(
                    Field.text(
                                    "endpoint",
                                    "Endpoint (unix://, tcp://, ssh://)",
                                    "This machine's Docker: unix:///var/run/docker.sock · rootless podman:"
                                            + " unix:///run/user/<uid>/podman/podman.sock · rootful podman:"
                                            + " unix:///run/podman/podman.sock")
                            .asRequired(),
                    Field.pasted("caCertificate", "CA certificate (PEM)", ""),
                    Field.pasted("clientCertificate", "Client certificate (PEM)", ""),
                    Field.secret("clientKey", "Client key (PEM)", "")),
            "Give the Docker endpoint; for tcp:// with TLS, the CA, the client certificate and its key.");

    @Override
    public TargetKind kind() {
        return TargetKind.DOCKER;
    }

    @Override
    public String label() {
        return "Docker host or Swarm";
    }

    @Override
    public AccessForm form() {
        return FORM;
    }

    @Override
    public ResolvedAccess resolve(Map<String, String> given, Optional<TargetAccess> stored) {
        AccessFields form = AccessFields.of(given);
        Optional<DockerAccess> previous =
                stored.filter(DockerAccess.class::isInstance).map(DockerAccess.class::cast);
        URI endpoint = AccessFields.uri(
                form.text("endpoint", () -> previous.map(p -> p.endpoint().toString()))
                        .orElseThrow(() -> new AccessException(
                                "FLEET-DOCKER-ENDPOINT",
                                "endpoint",
                                "Give the Docker endpoint: unix:///var/run/docker.sock, tcp://host:2376 or"
                                        + " ssh://user@host.")),
                "endpoint",
                "tcp://docker.example:2376");
        if (!List.of("unix", "tcp", "ssh").contains(String.valueOf(endpoint.getScheme()))) {
            throw new AccessException(
                    "FLEET-DOCKER-ENDPOINT",
                    "endpoint",
                    "The Docker endpoint must start with unix://, tcp:// or ssh://, as DOCKER_HOST does.");
        }
        Optional<String> cert = form.text("clientCertificate", () -> previous.flatMap(p -> p.clientCertificate()));
        Optional<String> key = form.text("clientKey", () -> previous.flatMap(p -> p.clientKey()));
        if (cert.isPresent() != key.isPresent()) {
            throw new AccessException(
                    "FLEET-DOCKER-TLS",
                    cert.isPresent() ? "clientKey" : "clientCertificate",
                    "A TLS client certificate needs its key, and a key its certificate; give both.");
        }
        Optional<String> ca = form.text("caCertificate", () -> previous.flatMap(p -> p.caCertificate()));
        Optional<String> ssh = form.text("sshPrivateKey", () -> previous.flatMap(p -> p.sshPrivateKey()));
        ca.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "CA certificate"));
        cert.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "client certificate"));
        key.ifPresent(pem -> AccessMaterial.requirePrivateKey(pem, "client key"));
        ssh.ifPresent(pem -> AccessMaterial.requirePrivateKey(pem, "SSH private key"));
        return new ResolvedAccess(
                new DockerAccess(endpoint, ca, cert, key, ssh),
                endpoint + (cert.isPresent() ? " (TLS client certificate)" : ""));
    }

    @Override
    public Map<String, String> encode(TargetAccess access) {
        DockerAccess d = (DockerAccess) access;
        return new AccessFields.Encoded()
                .put("endpoint", d.endpoint())
                .put("caCertificate", d.caCertificate())
                .put("clientCertificate", d.clientCertificate())
                .put("clientKey", d.clientKey())
                .put("sshPrivateKey", d.sshPrivateKey())
                .map();
    }

    @Override
    public TargetAccess decode(Map<String, String> stored) {
        AccessFields s = AccessFields.of(stored);
        return new DockerAccess(
                URI.create(s.stored("endpoint").orElseThrow()),
                s.stored("caCertificate"),
                s.stored("clientCertificate"),
                s.stored("clientKey"),
                s.stored("sshPrivateKey"));
    }

    @Override
    public Vocabulary vocabulary() {
        return new Vocabulary("node", "nodes", "runtimes");
    }

    /**
     * A Docker engine runs one container per VDU instance (a plain host as containers, a Swarm as services), and a
     * Swarm service cannot choose an OCI runtime, so a sandboxed VDU runs only on a plain host that has Kata
     * registered ({@code EngineFacts}).
     */
    @Override
    public List<DesignFit> fit(WorkloadShape shape) {
        String vdu = "VDU " + shape.name();
        if (shape.virtualMachine()) {
            return List.of(
                    DesignFit.refused(HOST, vdu + " is a VM; Docker hosts run containers"),
                    DesignFit.refused(SWARM, vdu + " is a VM; Swarm runs containers"));
        }
        if (shape.containers() > 1) {
            String why = vdu + " has " + shape.containers()
                    + " containers; a Docker target runs one container per VDU instance";
            return List.of(DesignFit.refused(HOST, why), DesignFit.refused(SWARM, why));
        }
        DesignFit host = shape.runtimeClass()
                .map(runtime -> DesignFit.needing(HOST, "Kata registered as runtime " + runtime))
                .orElse(DesignFit.fits(HOST));
        DesignFit swarm = shape.sandboxed()
                ? DesignFit.refused(SWARM, vdu + " is sandboxed (Kata); Swarm services cannot choose an OCI runtime")
                : DesignFit.fits(SWARM);
        return List.of(host, swarm);
    }

    @Override
    public Set<Runs> runs() {
        return Set.of(Runs.CONTAINERS);
    }

    @Override
    public ConnectorFactory connectors(PlatformContext context) {
        return new DockerConnectorFactory(context.clock());
    }
}
