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
        List<String> names =
                parsed.getContexts().stream().map(NamedContext::getName).toList();
        return new Contexts(
                names,
                Optional.ofNullable(parsed.getCurrentContext())
                        .filter(c -> !c.isBlank())
                        .filter(names::contains));
    }
}
