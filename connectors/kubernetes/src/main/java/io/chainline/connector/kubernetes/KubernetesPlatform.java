package io.chainline.connector.kubernetes;

import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.AccessFields;
import io.chainline.connector.api.AccessForm;
import io.chainline.connector.api.AccessForm.Field;
import io.chainline.connector.api.AccessMaterial;
import io.chainline.connector.api.ConnectorException;
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

/** Kubernetes clusters: a kubeconfig and a context, or a server URL with a CA and a service account token. */
public final class KubernetesPlatform implements Platform {

    static final AccessForm FORM = new AccessForm(
            List.of(
                    Field.pastedSecret(
                            "kubeconfig",
                            "Kubeconfig",
                            "Paste the output of kubectl config view --raw --minify --flatten."),
                    Field.choice("context", "Context", "", "kubeconfig"),
                    Field.text("server", "…or API server URL", "https://api.cluster.example:6443"),
                    Field.pasted("caCertificate", "CA certificate (PEM)", ""),
                    Field.secret("token", "Service account token", "")),
            "Paste a kubeconfig, or give the API server URL and a service account token.");

    @Override
    public TargetKind kind() {
        return TargetKind.KUBERNETES;
    }

    @Override
    public String label() {
        return "Kubernetes cluster";
    }

    @Override
    public AccessForm form() {
        return FORM;
    }

    @Override
    public ResolvedAccess resolve(Map<String, String> given, Optional<TargetAccess> stored) {
        AccessFields form = AccessFields.of(given);
        Optional<KubernetesAccess> previous =
                stored.filter(KubernetesAccess.class::isInstance).map(KubernetesAccess.class::cast);
        Optional<String> kubeconfig = form.text("kubeconfig")
                .or(() -> form.text("server").isPresent() ? Optional.empty() : previous.flatMap(p -> p.kubeconfig()));
        return kubeconfig.isPresent()
                ? ofKubeconfig(kubeconfig.get(), form.text("context", () -> previous.flatMap(p -> p.context())))
                : ofToken(form, previous);
    }

    private static ResolvedAccess ofKubeconfig(String kubeconfig, Optional<String> chosen) {
        Kubeconfigs.Contexts contexts = contexts(kubeconfig);
        if (chosen.isPresent() && !contexts.names().contains(chosen.get())) {
            throw new AccessException(
                    "FLEET-KUBE-CONTEXT",
                    "context",
                    "The kubeconfig has no context '" + chosen.get() + "'; pick one of " + contexts.names() + ".");
        }
        String name = chosen.or(contexts::current).orElse(contexts.names().getFirst());
        return new ResolvedAccess(
                KubernetesAccess.ofKubeconfig(kubeconfig, Optional.of(name)),
                Kubeconfigs.server(kubeconfig, Optional.of(name)) + " (context " + name + ")");
    }

    private static ResolvedAccess ofToken(AccessFields form, Optional<KubernetesAccess> previous) {
        URI server = AccessFields.uri(
                form.text("server", () -> previous.flatMap(p -> p.server()).map(URI::toString))
                        .orElseThrow(() -> new AccessException(
                                "FLEET-KUBE-ACCESS",
                                "kubeconfig",
                                "Paste a kubeconfig, or give the API server URL and a service account token.")),
                "server",
                "https://api.cluster.example:6443");
        String token = form.text("token", () -> previous.flatMap(p -> p.token()))
                .orElseThrow(() -> new AccessException(
                        "FLEET-KUBE-TOKEN", "token", "Give the service account token for " + server + "."));
        Optional<String> ca = form.text("caCertificate", () -> previous.flatMap(p -> p.caCertificate()));
        ca.ifPresent(pem -> AccessMaterial.requireCertificates(pem, "CA certificate"));
        return new ResolvedAccess(KubernetesAccess.ofToken(server, ca, token), server.toString());
    }

    @Override
    public List<String> choices(String field, Map<String, String> fields) {
        Optional<String> kubeconfig = AccessFields.of(fields).text("kubeconfig");
        if (!field.equals("context") || kubeconfig.isEmpty()) {
            return List.of();
        }
        Kubeconfigs.Contexts contexts = contexts(kubeconfig.get());
        String first = contexts.current().orElse(contexts.names().getFirst());
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(first),
                        contexts.names().stream().filter(n -> !n.equals(first)))
                .toList();
    }

    private static Kubeconfigs.Contexts contexts(String kubeconfig) {
        try {
            return Kubeconfigs.contexts(kubeconfig);
        } catch (ConnectorException e) {
            throw new AccessException("FLEET-KUBECONFIG", "kubeconfig", e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> encode(TargetAccess access) {
        KubernetesAccess k = (KubernetesAccess) access;
        return new AccessFields.Encoded()
                .put("kubeconfig", k.kubeconfig())
                .put("context", k.context())
                .put("server", k.server())
                .put("caCertificate", k.caCertificate())
                .put("token", k.token())
                .put("insecureSkipTlsVerify", k.insecureSkipTlsVerify())
                .map();
    }

    @Override
    public TargetAccess decode(Map<String, String> stored) {
        AccessFields s = AccessFields.of(stored);
        return new KubernetesAccess(
                s.stored("kubeconfig"),
                s.stored("context"),
                s.stored("server").map(URI::create),
                s.stored("caCertificate"),
                s.stored("token"),
                s.stored("insecureSkipTlsVerify").map(Boolean::parseBoolean).orElse(false));
    }

    @Override
    public Vocabulary vocabulary() {
        return new Vocabulary("node", "nodes", "runtime classes");
    }

    /** Pods run containers, any number per VDU; a sandboxed VDU needs its runtime class on the cluster. */
    @Override
    public List<DesignFit> fit(WorkloadShape shape) {
        if (shape.virtualMachine()) {
            return List.of(DesignFit.refused(
                    "Kubernetes", "VDU " + shape.name() + " is a VM; Kubernetes targets run containers"));
        }
        return List.of(shape.runtimeClass()
                .map(runtime -> DesignFit.needing("Kubernetes", "the " + runtime + " runtime class"))
                .orElse(DesignFit.fits("Kubernetes")));
    }

    @Override
    public Set<Runs> runs() {
        return Set.of(Runs.CONTAINERS);
    }

    @Override
    public ConnectorFactory connectors(PlatformContext context) {
        return new KubernetesConnectorFactory(context.clock());
    }
}
