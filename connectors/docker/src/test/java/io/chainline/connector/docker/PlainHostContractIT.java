package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Docker connector on a plain host: podman's Docker-compatible API service, real containers. */
class PlainHostContractIT extends ConnectorContract {

    private static DockerConnector connector;
    private static DockerClient docker;
    private static final List<String> foreign = new ArrayList<>();

    @BeforeAll
    static void connect() {
        connector = Engines.connect(Engines.podman());
        docker = DockerClients.of(Engines.podman());
    }

    @AfterAll
    static void close() throws Exception {
        foreign.forEach(id -> docker.removeContainerCmd(id).withForce(true).exec());
        connector.close();
        docker.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Duration readiness() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return Engines.sample(ref, Engines.podmanImage(), false);
    }

    /** Someone removes one of the firewall's containers by hand. */
    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        docker.removeContainerCmd("chainline-" + ref.id() + "-firewall-fw-2")
                .withForce(true)
                .exec();
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        String id = docker.createContainerCmd(Engines.podmanImage())
                .withName("not-ours-" + ref.id())
                .exec()
                .getId();
        docker.startContainerCmd(id).exec();
        foreign.add(id);
        return () -> docker.listContainersCmd()
                        .withShowAll(true)
                        .withIdFilter(List.of(id))
                        .exec()
                        .size()
                == 1;
    }

    /** The engine stops the first instance (as an OOM kill or a crash would). */
    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        docker.stopContainerCmd("chainline-" + ref.id() + "-" + workload.name() + "-1")
                .withTimeout(1)
                .exec();
    }
}
