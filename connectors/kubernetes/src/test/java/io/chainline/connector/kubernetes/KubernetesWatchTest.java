package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch tells which deployment and workload changed, and ignores what Chainline does not manage. */
class KubernetesWatchTest {

    private final MockCluster cluster = new MockCluster();
    private final Connector connector = new KubernetesConnector(cluster.client, Clock.systemUTC());

    @AfterEach
    void close() {
        connector.close();
        cluster.close();
    }

    @Test
    void aDeploymentDeletedOutOfBandIsSignalledWithItsDeploymentAndWorkload() {
        DeploymentRef ref = DeploymentRef.of("w1");
        connector.apply(SampleUnits.vcpe(ref), Duration.ZERO);
        List<ChangeSignal> signals = new CopyOnWriteArrayList<>();

        try (Connector.Watch watch = connector.watch(signals::add).orElseThrow()) {
            Deployment firewall = cluster.client
                    .apps()
                    .deployments()
                    .inNamespace(ref.namespaceOrDefault())
                    .withLabel(Ownership.NF, "firewall")
                    .list()
                    .getItems()
                    .getFirst();
            cluster.client.resource(firewall).delete();

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(signals).anySatisfy(s -> {
                        assertThat(s.deployment()).contains("w1");
                        assertThat(s.workload()).startsWith("firewall-");
                        assertThat(s.reason()).isEqualTo("DELETED");
                        assertThat(s.resource().orElseThrow().kind()).isEqualTo("Deployment");
                    }));
        }
    }

    @Test
    void resourcesWithoutTheDeploymentLabelSayNothing() {
        var unowned = new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata()
                .withName("other")
                .withNamespace("default")
                .addToLabels(Ownership.MANAGED_BY, Ownership.MANAGER)
                .endMetadata()
                .build();

        assertThat(KubernetesWatch.signal(io.fabric8.kubernetes.client.Watcher.Action.ADDED, unowned))
                .isEmpty();
    }
}
