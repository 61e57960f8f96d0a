package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.StepState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.FaultyEngine;
import io.chainline.console.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Jobs when things go wrong, on a real engine: an engine that fails creations (retried with backoff), a network
 * function that crashes on start (rolled back, or left for inspection), a heal, and upgrades that succeed or roll back.
 */
@IntegrationTest
class DeploymentLifecycleIT {

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    LiveStatus live;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    private final DockerClient podman = Engines.client(Engines.podman());

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    private TargetSummary target(String endpoint) {
        TargetSummary target =
                fleet.register(DeploymentDockerIT.docker(DeploymentDockerIT.unique("podman"), endpoint), "admin");
        fleet.sync(target.id());
        return target;
    }

    private static DeploymentSettings on(TargetSummary target, DeploymentSettings.FailurePolicy policy) {
        return new DeploymentSettings(
                Set.of(target.name()),
                Map.of(),
                Map.of(),
                policy,
                false,
                List.of(),
                Map.of(),
                Map.of(),
                Duration.ofSeconds(12));
    }

    private DeploymentViews.JobDetail awaitEnd(UUID job) {
        await().atMost(Duration.ofMinutes(3))
                .until(() -> queries.job(job).summary().state().finished());
        return queries.job(job);
    }

    private static List<Deployables.Nf> withCrashingRouter() {
        return List.of(
                Deployables.Nf.plain("classifier", 8081),
                Deployables.Nf.plain("firewall", 8082),
                Deployables.Nf.plain("router", 8083).env("PORT", "not-a-port"));
    }

    @Test
    void anEngineThatFailsCreationsIsRetriedWithBackoffAndTheJobCompletesWithoutDuplicates() throws Exception {
        try (FaultyEngine engine = new FaultyEngine(Engines.podman())) {
            TargetSummary flaky = target(engine.endpoint());
            ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
            String name = DeploymentDockerIT.unique("flaky");
            engine.failNextCreates(2);

            DeploymentViews.JobDetail job = awaitEnd(deployments
                    .deploy(name, chain.id(), on(flaky, DeploymentSettings.FailurePolicy.ROLLBACK), "olivia")
                    .id());

            assertThat(job.summary().state()).as(job.events().toString()).isEqualTo(JobState.COMPLETED);
            assertThat(engine.failedSoFar()).isEqualTo(2);
            // the connector creates a step's containers concurrently (ADR 45): both refusals may fall in one attempt
            int attempts = job.steps().get(1).attempts();
            assertThat(attempts).isBetween(2, 3);
            assertThat(job.events())
                    .filteredOn(e -> e.message().contains("retrying in"))
                    .hasSize(attempts - 1);
            assertThat(Engines.containersOf(podman, name)).hasSize(3);
            awaitEnd(deployments
                    .terminate(job.summary().deploymentId(), "olivia")
                    .id());
        }
    }

    @Test
    void aJobRetryingAgainstABrokenEngineIsCancelledAndItsDeploymentCanStillBeTerminated() throws Exception {
        try (FaultyEngine engine = new FaultyEngine(Engines.podman())) {
            TargetSummary flaky = target(engine.endpoint());
            ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
            String name = DeploymentDockerIT.unique("cancel");
            engine.failNextCreates(1000);
            UUID job = deployments
                    .deploy(name, chain.id(), on(flaky, DeploymentSettings.FailurePolicy.LEAVE), "olivia")
                    .id();
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> queries.job(job).events().stream()
                            .anyMatch(e -> e.message().contains("retrying in")));

            deployments.cancel(job, "olivia");
            DeploymentViews.JobDetail done = awaitEnd(job);

            assertThat(done.summary().state()).isEqualTo(JobState.CANCELLED);
            UUID deployment = done.summary().deploymentId();
            assertThat(queries.detail(deployment).summary().state()).isEqualTo(DeploymentState.FAILED);
            assertThatThrownBy(() -> deployments.cancel(job, "olivia"))
                    .isInstanceOfSatisfying(
                            ChainlineException.class, e -> assertThat(e.code()).isEqualTo("JOB-FINISHED"));
            engine.failNextCreates(0);
            assertThat(awaitEnd(deployments.terminate(deployment, "olivia").id())
                            .summary()
                            .state())
                    .isEqualTo(JobState.COMPLETED);
            assertThat(Engines.containersOf(podman, name)).isEmpty();
        }
    }

    @Test
    void aNetworkFunctionThatCrashesOnStartIsRolledBackAndNothingIsLeft() {
        TargetSummary host = target(Engines.podman());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), withCrashingRouter());
        String name = DeploymentDockerIT.unique("crash");

        DeploymentViews.JobDetail job = awaitEnd(deployments
                .deploy(name, chain.id(), on(host, DeploymentSettings.FailurePolicy.ROLLBACK), "olivia")
                .id());

        assertThat(job.summary().state()).as(job.events().toString()).isEqualTo(JobState.ROLLED_BACK);
        assertThat(job.summary().errorCode()).isEqualTo("DEPLOYMENT-NOT-READY");
        assertThat(job.steps().get(1).state()).isEqualTo(StepState.UNDONE);
        assertThat(job.events()).anySatisfy(e -> assertThat(e.message()).contains("Not ready in time", "router-main"));
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        assertThat(queries.detail(job.summary().deploymentId()).summary().state())
                .isEqualTo(DeploymentState.NOT_INSTANTIATED);
    }

    @Test
    void leftForInspectionAFailedDeploymentKeepsItsContainersUntilTerminated() {
        TargetSummary host = target(Engines.podman());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), withCrashingRouter());
        String name = DeploymentDockerIT.unique("leave");

        DeploymentViews.JobDetail job = awaitEnd(deployments
                .deploy(name, chain.id(), on(host, DeploymentSettings.FailurePolicy.LEAVE), "olivia")
                .id());

        assertThat(job.summary().state()).isEqualTo(JobState.FAILED);
        assertThat(Engines.containersOf(podman, name)).hasSize(3);
        UUID deployment = job.summary().deploymentId();
        assertThat(queries.detail(deployment).summary().state()).isEqualTo(DeploymentState.FAILED);
        assertThat(queries.detail(deployment).live().byNf().get("router"))
                .isIn(LiveStatus.State.FAILED, LiveStatus.State.PROGRESSING);
        assertThatThrownBy(() -> deployments.delete(deployment, "olivia"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("DEPLOYMENT-RUNNING"));

        assertThat(awaitEnd(deployments.terminate(deployment, "olivia").id())
                        .summary()
                        .state())
                .isEqualTo(JobState.COMPLETED);
        assertThat(Engines.containersOf(podman, name)).isEmpty();
        deployments.delete(deployment, "olivia");
        assertThat(queries.list()).noneMatch(d -> d.id().equals(deployment));
    }

    @Test
    void aStoppedWorkloadIsHealedAndUpgradesRollForwardOrBack() {
        TargetSummary host = target(Engines.podman());
        ChainSummary v1 = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = DeploymentDockerIT.unique("heal");
        UUID deployment = awaitEnd(deployments
                        .deploy(name, v1.id(), on(host, DeploymentSettings.FailurePolicy.ROLLBACK), "olivia")
                        .id())
                .summary()
                .deploymentId();

        Container router = routers(name).getFirst();
        podman.stopContainerCmd(router.getId()).withTimeout(1).exec();
        assertThat(live.refresh(deployment).byNf().get("router")).isNotEqualTo(LiveStatus.State.READY);
        DeploymentViews.JobDetail heal =
                awaitEnd(deployments.heal(deployment, "router-main", "olivia").id());
        assertThat(heal.summary().state()).as(heal.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(heal.steps())
                .extracting(DeploymentViews.StepView::title)
                .containsExactly("Remove router-main on " + host.name(), "Recreate router-main on " + host.name());
        assertThat(routers(name)).singleElement().satisfies(c -> {
            assertThat(c.getId()).isNotEqualTo(router.getId());
            assertThat(c.getState()).isEqualTo("running");
        });

        ChainSummary v2 = Deployables.nextVersion(
                catalog, chains, Engines.nfImage(), v1, "1.1", Deployables.Nf.plain("router", 9090));
        DeploymentViews.JobDetail upgrade =
                awaitEnd(deployments.upgrade(deployment, v2.id(), "olivia").id());
        assertThat(upgrade.summary().state()).as(upgrade.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(queries.detail(deployment).summary().chainVersion()).isEqualTo("1.1");
        assertThat(routers(name))
                .singleElement()
                .satisfies(c -> assertThat(envOf(c)).contains("PORT=9090"));

        ChainSummary v3 = Deployables.nextVersion(
                catalog,
                chains,
                Engines.nfImage(),
                v2,
                "1.2",
                Deployables.Nf.plain("router", 8083).env("PORT", "broken"));
        DeploymentViews.JobDetail failed =
                awaitEnd(deployments.upgrade(deployment, v3.id(), "olivia").id());
        assertThat(failed.summary().state()).isEqualTo(JobState.ROLLED_BACK);
        assertThat(queries.detail(deployment).summary().chainVersion()).isEqualTo("1.1");
        assertThat(queries.detail(deployment).summary().state()).isEqualTo(DeploymentState.INSTANTIATED);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(routers(name)).singleElement().satisfies(c -> {
                    assertThat(envOf(c)).contains("PORT=9090");
                    assertThat(c.getState()).isEqualTo("running");
                }));
        awaitEnd(deployments.terminate(deployment, "olivia").id());
    }

    private List<Container> routers(String deployment) {
        return Engines.containersOf(podman, deployment).stream()
                .filter(c -> "router".equals(c.getLabels().get("chainline.io/nf")))
                .toList();
    }

    private List<String> envOf(Container c) {
        return List.of(podman.inspectContainerCmd(c.getId()).exec().getConfig().getEnv());
    }
}
