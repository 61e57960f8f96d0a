package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Link networks on dockerd as a plain host (containers, though it is a Swarm manager too): open bridges without masquerading. */
class DockerdLinkNetworkIT extends PlainLinkNetworks {

    private static DockerConnector connector;
    private static DockerClient docker;

    @BeforeAll
    static void connect() {
        connector = Engines.connect(Engines.swarm()).asPlainHost();
        docker = DockerClients.of(Engines.swarm());
    }

    @AfterAll
    static void close() throws Exception {
        connector.close();
        docker.close();
    }

    @Override
    protected DockerClient docker() {
        return docker;
    }

    @Override
    protected DockerConnector plainConnector() {
        return connector;
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return Engines.sample(ref, Engines.swarmImage(), true);
    }
}
