package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.LinkNetworkContract;
import io.chainline.connector.testkit.SampleUnits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Link networks on a Swarm: attachable overlays, addresses allocated by Swarm, fixed ones refused. */
class SwarmLinkNetworkIT extends LinkNetworkContract {

    private static DockerConnector connector;
    private static DockerClient docker;

    @BeforeAll
    static void connect() {
        connector = Engines.connect(Engines.swarm());
        docker = DockerClients.of(Engines.swarm());
    }

    @AfterAll
    static void close() throws Exception {
        connector.close();
        docker.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Duration readiness() {
        return Duration.ofSeconds(60);
    }

    @Override
    protected boolean fixedAddresses() {
        return false;
    }

    /** Swarm orders a task's interfaces itself (by network name), not as the service lists its networks. */
    @Override
    protected boolean interfacesInAttachmentOrder() {
        return false;
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return Engines.sample(ref, Engines.swarmImage(), true);
    }

    /**
     * The running task of that slot, on this one-node swarm; after an update, once the replaced task has stopped
     * (readiness counts running tasks, and for a moment the old one still runs next to the new).
     */
    @Override
    protected Map<String, String> interfaces(DeploymentRef ref, Workload workload, int instance) {
        String service = "chainline-" + ref.id() + "-" + workload.name();
        List<Container> running = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> docker
                                .listContainersCmd()
                                .withLabelFilter(Map.of("com.docker.swarm.service.name", service))
                                .exec()
                                .stream()
                                .filter(c -> c.getLabels()
                                        .getOrDefault("com.docker.swarm.task.name", "")
                                        .startsWith(service + "." + instance + "."))
                                .toList(),
                        tasks -> tasks.size() == 1);
        return PlainLinkNetworks.addresses(docker, running.getFirst().getId());
    }

    /** Takes the network off every service of the deployment (Swarm refuses to remove one in use), then removes it. */
    @Override
    protected void removeOutOfBand(DeploymentRef ref, LinkNetwork network) {
        Network live =
                docker.inspectNetworkCmd().withNetworkId(network.nameIn(ref)).exec();
        for (Service service : docker.listServicesCmd()
                .withLabelFilter(Map.of(Ownership.DEPLOYMENT, ref.id()))
                .exec()) {
            ServiceSpec spec = service.getSpec();
            spec.getTaskTemplate()
                    .withNetworks(spec.getTaskTemplate().getNetworks().stream()
                            .filter(n -> !n.getTarget().equals(live.getId())
                                    && !n.getTarget().equals(live.getName()))
                            .toList());
            docker.updateServiceCmd(service.getId(), spec)
                    .withVersion(service.getVersion().getIndex())
                    .exec();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(DockerException.class)
                .until(() -> {
                    docker.removeNetworkCmd(live.getId()).exec();
                    return true;
                });
        // the node keeps its copy of the overlay a moment longer than the swarm
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !networkExists(live.getName()));
    }

    @Override
    protected boolean networkExists(String name) {
        return docker.listNetworksCmd().exec().stream().anyMatch(n -> name.equals(n.getName()));
    }

    @Test
    void fixedAddressesAreRefusedWithWhatToDoInstead() {
        DeploymentRef ref = fresh();
        DeploymentUnit fixed = SampleUnits.linked(sample(ref), 99, true);

        assertThatThrownBy(() -> connector.plan(fixed))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("Swarm allocates")
                .hasMessageContaining("plain Docker host");
        assertThat(connector.observe(ref).isEmpty()).isTrue();
        assertThat(List.of(SampleUnits.SAP, SampleUnits.DATA))
                .allSatisfy(
                        link -> assertThat(networkExists(ref.id() + "-" + link)).isFalse());
    }
}
