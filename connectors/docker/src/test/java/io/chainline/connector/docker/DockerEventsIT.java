package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.Ownership;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** On podman: a container removed behind Chainline's back is signalled at once, with its deployment and workload. */
class DockerEventsIT {

    @Test
    void aContainerRemovedOutOfBandIsSignalled() throws Exception {
        DeploymentRef ref =
                DeploymentRef.of("ev-" + UUID.randomUUID().toString().substring(0, 8));
        List<ChangeSignal> signals = new CopyOnWriteArrayList<>();
        try (DockerConnector connector = Engines.connect(Engines.podman());
                DockerClient docker = DockerClients.of(Engines.podman())) {
            connector.apply(Engines.sample(ref, Engines.podmanImage(), false), Duration.ofSeconds(30));
            try (Connector.Watch watch = connector.watch(signals::add).orElseThrow()) {
                String classifier = docker.listContainersCmd()
                        .withLabelFilter(Map.of(Ownership.DEPLOYMENT, ref.id(), Ownership.NF, "classifier"))
                        .exec()
                        .getFirst()
                        .getId();
                docker.removeContainerCmd(classifier).withForce(true).exec();

                await().atMost(Duration.ofSeconds(15))
                        .untilAsserted(() -> assertThat(signals).anySatisfy(s -> {
                            assertThat(s.deployment()).contains(ref.id());
                            assertThat(s.workload()).isEqualTo("classifier-cls");
                            assertThat(s.resource().orElseThrow().kind()).isEqualTo("container");
                        }));
            } finally {
                connector.destroy(ref);
            }
        }
        assertThat(signals).noneMatch(ChangeSignal::isLost);
    }
}
