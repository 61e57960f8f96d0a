package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An engine that vanishes in the middle of an apply: the failure is retryable and says where it was, what was done
 * is visible, and the retry finishes the job without creating anything twice.
 */
class EngineFaultsIT {

    @Test
    void anEngineThatDiesMidApplyLeavesAStateTheRetryFinishesWithoutDuplicates() throws Exception {
        DeploymentRef ref =
                DeploymentRef.of("ft-" + UUID.randomUUID().toString().substring(0, 8));
        DeploymentUnit unit = Engines.sample(ref, Engines.podmanImage(), false);
        Path upstream = Path.of(URI.create(Engines.podman()).getPath());
        Path socket = upstream.resolveSibling("cut-" + ref.id() + ".sock");
        try (CuttingSocketProxy proxy = new CuttingSocketProxy(socket, upstream, "/start");
                DockerConnector flaky = Engines.connect(proxy.host());
                DockerConnector direct = Engines.connect(Engines.podman());
                DockerClient docker = DockerClients.of(Engines.podman())) {
            assertThatThrownBy(() -> flaky.apply(unit, Duration.ZERO))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.retryable()).as(e.reason().name()).isTrue();
                        assertThat(e.getMessage()).contains("Could not apply");
                    });
            assertThat(proxy.wasCut()).isTrue();

            Plan resume = direct.plan(unit);
            assertThat(resume.changes())
                    .anySatisfy(a -> assertThat(a.differences()).anyMatch(d -> d.contains("wanted running")));
            direct.apply(unit, Duration.ofSeconds(30));

            assertThat(docker.listContainersCmd()
                            .withShowAll(true)
                            .withLabelFilter(Map.of("chainline.io/deployment", ref.id()))
                            .exec())
                    .hasSize(3);
            assertThat(direct.observe(ref).resources())
                    .allSatisfy(r -> assertThat(r.state()).isEqualTo(Observation.State.READY));
            assertThat(direct.plan(unit).isNoOp()).isTrue();
        } finally {
            try (DockerConnector cleanup = Engines.connect(Engines.podman())) {
                cleanup.destroy(ref);
            }
        }
    }
}
