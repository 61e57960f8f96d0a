package io.chainline.connector.kubernetes;

import io.chainline.connector.api.ConnectionCheck;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * "Test connection": asks the API server for its version and the credentials for a namespace list, within a bounded
 * time whatever the network does, and names the failure precisely.
 */
final class ConnectionProbe {

    private final KubernetesClient client;
    private final Clock clock;

    ConnectionProbe(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    ConnectionCheck check(Duration timeout) {
        Instant start = clock.instant();
        String server = String.valueOf(client.getMasterUrl());
        CompletableFuture<String> probe = CompletableFuture.supplyAsync(() -> {
            VersionInfo version = client.getKubernetesVersion();
            // the version endpoint is often public; listing namespaces proves the credentials
            client.namespaces()
                    .list(new io.fabric8.kubernetes.api.model.ListOptionsBuilder()
                            .withLimit(1L)
                            .build());
            return Versions.of(version);
        });
        try {
            String version = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return ConnectionCheck.reached("Kubernetes " + version, Duration.between(start, clock.instant()));
        } catch (TimeoutException e) {
            probe.cancel(true);
            return failed(ConnectionCheck.Failure.TIMEOUT, server, start);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            ConnectionCheck.Failure failure = Failures.classify(cause).orElse(ConnectionCheck.Failure.OTHER);
            String message = failure == ConnectionCheck.Failure.OTHER
                    ? "The cluster at " + server + " answered unexpectedly: " + cause.getMessage()
                    : Failures.explain(failure, server);
            return ConnectionCheck.failed(failure, message, Duration.between(start, clock.instant()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(ConnectionCheck.Failure.TIMEOUT, server, start);
        }
    }

    private ConnectionCheck failed(ConnectionCheck.Failure failure, String server, Instant start) {
        return ConnectionCheck.failed(
                failure, Failures.explain(failure, server), Duration.between(start, clock.instant()));
    }
}
