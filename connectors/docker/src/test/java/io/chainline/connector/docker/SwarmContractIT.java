package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.TaskSpec;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Docker connector on a Swarm manager: Debian's dockerd, one-node swarm, real services and tasks. */
class SwarmContractIT extends ConnectorContract {

    private static DockerConnector connector;
    private static DockerClient docker;
    private static final List<String> foreign = new ArrayList<>();

    @BeforeAll
    static void connect() {
        connector = Engines.connect(Engines.swarm());
        docker = DockerClients.of(Engines.swarm());
    }

    @AfterAll
    static void close() throws Exception {
        foreign.forEach(id -> docker.removeServiceCmd(id).exec());
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
    protected DeploymentUnit sample(DeploymentRef ref) {
        return Engines.sample(ref, Engines.swarmImage(), true);
    }

    /** Someone scales the firewall by hand. */
    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        edit(
                "chainline-" + ref.id() + "-firewall-fw",
                spec -> spec.withMode(
                        new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions().withReplicas(3))));
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        String name = "not-ours-" + ref.id();
        String id = docker.createServiceCmd(new ServiceSpec()
                        .withName(name)
                        .withTaskTemplate(new TaskSpec()
                                .withContainerSpec(new com.github.dockerjava.api.model.ContainerSpec()
                                        .withImage(Engines.swarmImage()))))
                .exec()
                .getId();
        foreign.add(id);
        return () -> docker.listServicesCmd().withIdFilter(List.of(id)).exec().size() == 1;
    }

    /** Someone points the service at an image no node has: its tasks are rejected. */
    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        edit("chainline-" + ref.id() + "-" + workload.name(), spec -> {
            spec.getTaskTemplate().getContainerSpec().withImage("chainline/does-not-exist:1");
            return spec;
        });
        // the swarm rejects the new tasks within seconds; the contract then asks observe what it sees
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> connector.observe(ref).failures().stream()
                        .map(Observation.ResourceStatus::workload)
                        .anyMatch(workload.name()::equals));
    }

    private static void edit(String name, UnaryOperator<ServiceSpec> change) {
        Service service = docker.inspectServiceCmd(name).exec();
        docker.updateServiceCmd(service.getId(), change.apply(service.getSpec()))
                .withVersion(service.getVersion().getIndex())
                .exec();
    }
}
