package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/** Connects to clusters from a kubeconfig (and a context) or a server URL, CA and token. */
public final class KubernetesConnectorFactory implements ConnectorFactory {

    private static final int REQUEST_TIMEOUT_MS = 15_000;
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final Clock clock;

    public KubernetesConnectorFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.KUBERNETES;
    }

    @Override
    public Connector connect(TargetAccess access) {
        if (!(access instanceof KubernetesAccess kubernetes)) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS, "A Kubernetes target needs Kubernetes access details.");
        }
        Config config = config(kubernetes);
        config.setRequestTimeout(REQUEST_TIMEOUT_MS);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setRequestRetryBackoffLimit(0);
        return new KubernetesConnector(
                new KubernetesClientBuilder().withConfig(config).build(), clock);
    }

    /** Test connection from access details alone: a missing context is reported as such, not thrown. */
    @Override
    public ConnectionCheck check(TargetAccess access, Duration timeout) {
        try (Connector connector = connect(access)) {
            return connector.check(timeout);
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(
                    e.getMessage().contains("no context")
                            ? ConnectionCheck.Failure.WRONG_CONTEXT
                            : ConnectionCheck.Failure.BAD_ACCESS,
                    e.getMessage(),
                    Duration.ZERO);
        }
    }

    private static Config config(KubernetesAccess access) {
        if (access.kubeconfig().isPresent()) {
            String kubeconfig = access.kubeconfig().get();
            Kubeconfigs.Contexts contexts = Kubeconfigs.contexts(kubeconfig);
            String context = access.context()
                    .or(contexts::current)
                    .orElseGet(() -> contexts.names().getFirst());
            if (!contexts.names().contains(context)) {
                throw new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "The kubeconfig has no context '" + context + "'; it has " + contexts.names()
                                + ". Pick one of those.");
            }
            try {
                return Config.fromKubeconfig(context, kubeconfig, null);
            } catch (RuntimeException e) {
                throw new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "Context '" + context + "' of the kubeconfig cannot be used: its cluster or user entry is"
                                + " missing or malformed.",
                        e);
            }
        }
        String server = access.server()
                .map(Object::toString)
                .orElseThrow(() -> new ConnectorException(
                        ConnectorException.Reason.BAD_ACCESS,
                        "Give a kubeconfig, or the API server's URL and a token."));
        ConfigBuilder builder =
                new ConfigBuilder(Config.empty()).withMasterUrl(server).withTrustCerts(access.insecureSkipTlsVerify());
        access.caCertificate()
                .map(pem -> Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8)))
                .ifPresent(builder::withCaCertData);
        access.token().ifPresent(builder::withOauthToken);
        return builder.build();
    }
}
