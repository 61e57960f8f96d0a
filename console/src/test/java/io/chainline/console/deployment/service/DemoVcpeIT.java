package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoContainers;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.VnfProfileRef;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a new user finds on first start with demo data (here on the local test registry's NF stand-in): the vCPE
 * published over published VNFs, placeable as it is on a plain Docker host and on a Swarm, and deployable as it is to
 * the Docker engine on the user's machine (podman's API) until it runs; then terminated with nothing left.
 */
@IntegrationTest
class DemoVcpeIT {

    @Autowired
    ChainService chains;

    @Autowired
    CatalogService catalog;

    @Autowired
    FleetService fleet;

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    private final DockerClient podman = Engines.client(Engines.podman());

    @AfterEach
    void sweep() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    private ChainSummary seededVcpe() {
        return chains.list().stream()
                .filter(c -> c.name().equals("vCPE") && c.designer().equals("Example Networks"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no seeded vCPE among " + chains.list()));
    }

    private TargetSummary engine(String stem, String endpoint) {
        TargetSummary target = fleet.register(
                new TargetRequest(
                        stem + "-" + UUID.randomUUID().toString().substring(0, 6),
                        TargetKind.DOCKER,
                        "laptop",
                        "",
                        Map.of(),
                        null,
                        null,
                        new TargetRequest.Docker(endpoint, null, null, null, null)),
                "admin");
        fleet.sync(target.id());
        return target;
    }

    @Test
    void theSeededVcpeIsPublishedOverPublishedVnfsAndPassesItsOwnPublishRule() {
        ChainSummary vcpe = seededVcpe();
        var descriptor = chains.get(vcpe.id()).descriptor();

        assertThat(vcpe.state()).isEqualTo(DescriptorState.PUBLISHED);
        assertThat(chains.problems(descriptor)).noneMatch(Issue::isError);
        assertThat(descriptor.vnfs())
                .extracting(VnfProfileRef::node)
                .containsExactly("classifier", "firewall", "router");
        assertThat(descriptor.vnfs())
                .allSatisfy(v -> assertThat(catalog.findByDescriptorId(v.descriptorId()))
                        .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DescriptorState.PUBLISHED)));
        assertThat(DemoContainers.vcpe("x"))
                .extracting(d -> d.descriptorId())
                .containsExactlyElementsOf(descriptor.vnfs().stream()
                        .map(VnfProfileRef::descriptorId)
                        .toList());
        assertThat(chains.list())
                .as("the variant for real clusters is seeded beside it")
                .anySatisfy(c -> {
                    assertThat(c.name()).isEqualTo("vCPE (Kubernetes Kata, OpenStack VM)");
                    assertThat(c.state()).isEqualTo(DescriptorState.PUBLISHED);
                });
    }

    @Test
    void theSeededVcpeIsPlacedAsItIsOnADockerHostAndOnASwarm() {
        ChainSummary vcpe = seededVcpe();
        for (TargetSummary target :
                java.util.List.of(engine("my-podman", Engines.podman()), engine("my-swarm", Engines.swarm()))) {
            DeploymentPlan plan = deployments.plan(
                    "demo-" + UUID.randomUUID().toString().substring(0, 6),
                    vcpe.id(),
                    DeploymentSettings.defaults().withTargets(Set.of(target.name())));

            assertThat(plan.problems()).as(target.endpoint()).isEmpty();
            assertThat(plan.decisions())
                    .hasSize(3)
                    .allSatisfy(d ->
                            assertThat(d.choice().orElseThrow().targetName()).isEqualTo(target.name()));
            assertThat(plan.images())
                    .singleElement()
                    .satisfies(i -> assertThat(i.pinned()).startsWith("127.0.0.1:5000/nfv/echo@sha256:"));
        }
    }

    @Test
    void theSeededVcpeDeploysAsItIsToTheLocalDockerEngineScalesHealsAndTerminates() {
        ChainSummary vcpe = seededVcpe();
        TargetSummary host = engine("this-machine", Engines.podman());
        String name = "first-" + UUID.randomUUID().toString().substring(0, 6);

        DeploymentViews.JobSummary job = deployments.deploy(
                name, vcpe.id(), DeploymentSettings.defaults().withTargets(Set.of(host.name())), "operator");
        DeploymentViews.JobDetail done = awaitEnd(job.id());

        assertThat(done.summary().state()).as(done.events().toString()).isEqualTo(JobState.COMPLETED);
        UUID deployment = job.deploymentId();
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(
                        () -> assertThat(queries.detail(deployment).summary().state())
                                .isEqualTo(DeploymentState.INSTANTIATED));
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(Engines.containersOf(podman, name))
                        .hasSize(3)
                        .allSatisfy(c -> assertThat(c.getState()).isEqualTo("running")));

        DeploymentViews.JobDetail scaled = awaitEnd(deployments
                .scale(deployment, "firewall", java.util.Optional.of("large"), Map.of(), "operator")
                .id());
        assertThat(scaled.summary().state()).as(scaled.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(Engines.containersOf(podman, name))
                .filteredOn(c -> "firewall".equals(c.getLabels().get(io.chainline.connector.api.Ownership.NF)))
                .hasSize(3);

        var router = Engines.containersOf(podman, name).stream()
                .filter(c -> "router".equals(c.getLabels().get(io.chainline.connector.api.Ownership.NF)))
                .findFirst()
                .orElseThrow();
        podman.removeContainerCmd(router.getId()).withForce(true).exec();
        DeploymentViews.JobDetail healed = awaitEnd(
                deployments.heal(deployment, "router-engine", "operator").id());
        assertThat(healed.summary().state()).as(healed.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(Engines.containersOf(podman, name))
                .hasSize(5)
                .allSatisfy(c -> assertThat(c.getState()).isEqualTo("running"));

        DeploymentViews.JobSummary terminate = deployments.terminate(deployment, "operator");

        assertThat(awaitEnd(terminate.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(queries.detail(deployment).summary().state()).isEqualTo(DeploymentState.TERMINATED);
        assertThat(Engines.containersOf(podman, name)).isEmpty();
    }

    private DeploymentViews.JobDetail awaitEnd(UUID job) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job).summary().state().finished());
        return queries.job(job);
    }
}
