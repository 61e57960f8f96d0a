package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectorException;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.util.List;
import java.util.Optional;

/** What a pasted kubeconfig offers: its contexts (to pick one) and the current one. */
public final class Kubeconfigs {

    /** The contexts in file order, and the one {@code current-context} names, when it names one. */
    public record Contexts(List<String> names, Optional<String> current) {
        public Contexts {
            names = List.copyOf(names);
        }
    }

    private Kubeconfigs() {}

    /** The API server URL of the context (or the current one): what the fleet shows, since it holds no secret. */
    public static String server(String kubeconfig, Optional<String> context) {
        io.fabric8.kubernetes.api.model.Config parsed = KubeConfigUtils.parseConfigFromString(kubeconfig);
        Contexts contexts = contexts(kubeconfig);
        String name = context.or(contexts::current).orElse(contexts.names().getFirst());
        String cluster = parsed.getContexts().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .map(c -> c.getContext().getCluster())
                .orElse("");
        return parsed.getClusters().stream()
                .filter(c -> c.getName().equals(cluster))
                .findFirst()
                .map(c -> c.getCluster().getServer())
                .orElse("(no server for context " + name + ")");
    }

    /**
     * A pasted kubeconfig must be self-contained: exec and auth-provider plugins would run commands on the console's
     * host, and file references would read its files.
     */
    private static void refuseWhatReachesTheHost(io.fabric8.kubernetes.api.model.Config parsed) {
        for (var user : Optional.ofNullable(parsed.getUsers()).orElse(List.of())) {
            var auth = user.getUser();
            if (auth == null) {
                continue;
            }
            if (auth.getExec() != null || auth.getAuthProvider() != null) {
                throw new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "User '" + user.getName() + "' of the kubeconfig authenticates through a plugin (exec or"
                                + " auth-provider), which would run a command on the console's host; use a service"
                                + " account token or a client certificate instead.");
            }
            if (auth.getClientCertificate() != null || auth.getClientKey() != null || auth.getTokenFile() != null) {
                throw new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "User '" + user.getName() + "' of the kubeconfig points to files; embed them"
                                + " (client-certificate-data, client-key-data, token) with kubectl config view --raw"
                                + " --flatten.");
            }
        }
        for (var cluster : Optional.ofNullable(parsed.getClusters()).orElse(List.of())) {
            if (cluster.getCluster() != null && cluster.getCluster().getCertificateAuthority() != null) {
                throw new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "Cluster '" + cluster.getName() + "' of the kubeconfig points to a CA file; embed it"
                                + " (certificate-authority-data) with kubectl config view --raw --flatten.");
            }
        }
    }

    /**
     * @throws ConnectorException (BAD_ACCESS) when the text is no kubeconfig, saying so without echoing it (it
     *     holds credentials)
     */
    public static Contexts contexts(String kubeconfig) {
        io.fabric8.kubernetes.api.model.Config parsed;
        try {
            parsed = KubeConfigUtils.parseConfigFromString(kubeconfig);
        } catch (RuntimeException e) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS,
                    "This is not a readable kubeconfig (YAML with clusters, users and contexts); paste the whole file"
                            + " as kubectl config view --raw --minify prints it.",
                    e);
        }
        if (parsed == null
                || parsed.getContexts() == null
                || parsed.getContexts().isEmpty()) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS,
                    "The kubeconfig has no contexts; paste the whole file as kubectl config view --raw --minify"
                            + " prints it.");
        }
        refuseWhatReachesTheHost(parsed);
        List<String> names =
                parsed.getContexts().stream().map(NamedContext::getName).toList();
        return new Contexts(
                names,
                Optional.ofNullable(parsed.getCurrentContext())
                        .filter(c -> !c.isBlank())
                        .filter(names::contains));
    }
}
