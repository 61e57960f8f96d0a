package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * On a real engine (podman's Docker API), with the background watcher on as in production (a short round, so the
 * test does not wait on the poll when the events already told): a container removed behind the console's back is a
 * MAJOR live alarm within 30 s, and reconciling clears it; a container that keeps crashing is an alarm that says why.
 */
@IntegrationTest
@TestPropertySource(properties = {"chainline.watch.interval=PT5S", "chainline.watch.health-interval=PT10S"})
class TargetWatcherDockerIT {

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Autowired
    AlarmQueries alarms;

    @Autowired
    TargetWatcher watcher;

    private final DockerClient podman = Engines.client(Engines.podman());
    private TargetSummary host;

    @BeforeEach
    void registerTheHost() {
        host = fleet.register(
                DeploymentDockerIT.docker(
                        "podman-" + UUID.randomUUID().toString().substring(0, 6), Engines.podman()),
                "admin");
        fleet.sync(host.id());
    }

    @AfterEach
    void close() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    private UUID deploy(String name) {
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        UUID job = deployments
                .deploy(name, chain.id(), DeploymentSettings.defaults().withTargets(Set.of(host.name())), "olivia")
                .id();
        awaitEnd(job);
        return queries.job(job).summary().deploymentId();
    }

    private void awaitEnd(UUID job) {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job).summary().state().finished());
        assertThat(queries.job(job).summary().state()).isEqualTo(JobState.COMPLETED);
    }

    private List<Alarm> live(UUID deployment) {
        return alarms.activeOn(deployment).stream()
                .filter(a -> a.getScope().source().equals(TargetWatcher.LIVE))
                .toList();
    }

    private Container firewall(String name) {
        return Engines.containersOf(podman, name).stream()
                .filter(c -> c.getLabels().get("chainline.io/nf").equals("firewall"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aContainerDeletedOutOfBandIsAMajorAlarmWithin30SecondsAndReconcileClearsIt() {
        String name = "watched-" + UUID.randomUUID().toString().substring(0, 6);
        UUID deployment = deploy(name);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> watcher.watchedThroughTheirApi().contains(host.id()));

        podman.removeContainerCmd(firewall(name).getId()).withForce(true).exec();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(live(deployment)).anySatisfy(a -> {
                    assertThat(a.getPerceivedSeverity()).isEqualTo(Severity.MAJOR);
                    assertThat(a.getProbableCause()).isEqualTo("Workload missing");
                    assertThat(a.getResource().nf()).isEqualTo("firewall");
                    assertThat(a.getResource().targetId()).isEqualTo(host.id());
                }));
        assertThat(queries.detail(deployment).live().byNf()).containsEntry("firewall", LiveStatus.State.ABSENT);

        awaitEnd(deployments.reconcile(deployment, "olivia").id());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(live(deployment)).isEmpty());
    }

    @Test
    void aCrashLoopingContainerIsAnAlarmThatSaysWhy() {
        String name = "crashing-" + UUID.randomUUID().toString().substring(0, 6);
        UUID deployment = deploy(name);
        crashLoopInPlaceOf(firewall(name));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(live(deployment)).anySatisfy(a -> {
                    assertThat(a.getPerceivedSeverity()).isEqualTo(Severity.MAJOR);
                    assertThat(a.getProbableCause()).isEqualTo("Crash loop");
                    assertThat(a.getFaultDetails()).containsAnyOf("exit code 1", "restarting");
                }));
    }

    /**
     * What a broken release does: the same NF, labelled as Chainline labels it, whose server cannot start (a port
     * that is no number) and which the engine keeps restarting.
     */
    private void crashLoopInPlaceOf(Container original) {
        InspectContainerResponse inspect =
                podman.inspectContainerCmd(original.getId()).exec();
        podman.removeContainerCmd(original.getId()).withForce(true).exec();
        String created = podman.createContainerCmd(inspect.getConfig().getImage())
                .withName(inspect.getName().replaceFirst("^/", ""))
                .withLabels(inspect.getConfig().getLabels())
                .withEnv("PORT=not-a-port", "NF_NAME=firewall")
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode(inspect.getHostConfig().getNetworkMode())
                        .withRestartPolicy(RestartPolicy.alwaysRestart()))
                .exec()
                .getId();
        podman.startContainerCmd(created).exec();
    }
}
