package io.chainline.console.overview.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentDigest.DeploymentLine;
import io.chainline.console.deployment.service.DeploymentViews.JobSummary;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.service.FleetHealth.Nodes;
import io.chainline.console.fleet.service.FleetHealth.TargetHealth;
import io.chainline.console.overview.service.NocSnapshot.AlarmLine;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import io.chainline.console.overview.service.NocSnapshot.DeploymentStatus;
import io.chainline.console.overview.service.NocSnapshot.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wall screen's reading order, without a database: worst first, then newest; failed and degraded first. */
class NocOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    private static AlarmLine alarm(Severity severity, int secondsAgo, UUID deployment) {
        return new AlarmLine(
                UUID.randomUUID(),
                severity,
                NOW.minusSeconds(secondsAgo),
                "Workload missing",
                "",
                Fault.ManagedObject.deployment(deployment, "vcpe"),
                Fault.Resource.workload("firewall-fw", "firewall", null),
                "vCPE",
                Optional.empty(),
                "",
                "",
                false);
    }

    private static DeploymentLine deployment(String name, DeploymentState state) {
        return new DeploymentLine(UUID.randomUUID(), name, UUID.randomUUID(), "vCPE", "1.0", state, 0, NOW);
    }

    @Test
    void alarmsReadWorstFirstThenNewestFirst() {
        UUID d = UUID.randomUUID();
        AlarmLine oldCritical = alarm(Severity.CRITICAL, 600, d);
        AlarmLine newCritical = alarm(Severity.CRITICAL, 20, d);
        AlarmLine newestMinor = alarm(Severity.MINOR, 1, d);
        AlarmLine major = alarm(Severity.MAJOR, 300, d);
        List<AlarmLine> shuffled = new ArrayList<>(List.of(newestMinor, oldCritical, major, newCritical));
        Collections.shuffle(shuffled);

        shuffled.sort(NocOrder.ALARMS);

        assertThat(shuffled).containsExactly(newCritical, oldCritical, major, newestMinor);
    }

    @Test
    void theBoardCountsEverySeverityListsTheWorstFewAndHeadlinesTheNewestOfTheWorst() {
        UUID d = UUID.randomUUID();
        List<AlarmLine> active = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            active.add(alarm(Severity.MAJOR, 100 + i, d));
        }
        AlarmLine newestMajor = active.getFirst();
        AlarmLine justNow = alarm(Severity.WARNING, 2, d);
        active.add(justNow);
        active.sort(NocOrder.ALARMS);

        NocSnapshot.Alarms board = NocBoard.alarmBoard(active);

        assertThat(board.total()).isEqualTo(13);
        assertThat(board.bySeverity())
                .containsEntry(Severity.MAJOR, 12L)
                .containsEntry(Severity.WARNING, 1L)
                .containsEntry(Severity.CRITICAL, 0L)
                .doesNotContainKey(Severity.CLEARED);
        assertThat(board.top()).hasSize(NocBoard.TOP_ALARMS).allMatch(a -> a.severity() == Severity.MAJOR);
        // the Warning is newer, but the Majors are worse: the headline is the newest Major
        assertThat(board.latest()).contains(newestMajor);
    }

    @Test
    void noAlarmsMeansZeroCountsAndNoHeadline() {
        NocSnapshot.Alarms board = NocBoard.alarmBoard(List.of());

        assertThat(board.total()).isZero();
        assertThat(board.bySeverity().values()).containsOnly(0L);
        assertThat(board.latest()).isEmpty();
    }

    @Test
    void aDeploymentsConditionComesFromItsStateItsAlarmsAndItsJobs() {
        Optional<Severity> none = Optional.empty();
        Optional<Severity> major = Optional.of(Severity.MAJOR);

        assertThat(NocOrder.condition(DeploymentState.FAILED, major, false)).isEqualTo(Condition.FAILED);
        assertThat(NocOrder.condition(DeploymentState.INSTANTIATED, major, true))
                .isEqualTo(Condition.DEGRADED);
        assertThat(NocOrder.condition(DeploymentState.INSTANTIATED, none, true)).isEqualTo(Condition.CHANGING);
        assertThat(NocOrder.condition(DeploymentState.INSTANTIATING, none, false))
                .isEqualTo(Condition.CHANGING);
        assertThat(NocOrder.condition(DeploymentState.INSTANTIATED, none, false))
                .isEqualTo(Condition.HEALTHY);
        assertThat(NocOrder.condition(DeploymentState.TERMINATED, none, false)).isEqualTo(Condition.INACTIVE);
        assertThat(NocOrder.condition(DeploymentState.NOT_INSTANTIATED, none, true))
                .isEqualTo(Condition.CHANGING);
    }

    @Test
    void failedAndDegradedDeploymentsComeFirstTheWorstAlarmFirst() {
        DeploymentLine healthy = deployment("a-healthy", DeploymentState.INSTANTIATED);
        DeploymentLine minor = deployment("b-minor", DeploymentState.INSTANTIATED);
        DeploymentLine critical = deployment("c-critical", DeploymentState.INSTANTIATED);
        DeploymentLine failed = deployment("d-failed", DeploymentState.FAILED);
        DeploymentLine gone = deployment("e-gone", DeploymentState.TERMINATED);
        DeploymentLine busy = deployment("f-busy", DeploymentState.INSTANTIATED);
        List<AlarmLine> active = List.of(
                alarm(Severity.MINOR, 5, minor.id()),
                alarm(Severity.WARNING, 5, critical.id()),
                alarm(Severity.CRITICAL, 50, critical.id()));
        JobSummary job = new JobSummary(
                UUID.randomUUID(),
                busy.id(),
                Operation.SCALE,
                JobState.RUNNING,
                "op",
                NOW,
                Optional.of(NOW),
                Optional.empty(),
                "",
                "",
                1,
                3);

        NocSnapshot.Deployments board =
                NocBoard.deploymentBoard(List.of(healthy, minor, critical, failed, gone, busy), active, List.of(job));

        assertThat(board.all())
                .extracting(s -> s.line().name())
                .containsExactly("d-failed", "c-critical", "b-minor", "f-busy", "a-healthy", "e-gone");
        assertThat(board.all().get(1).worst()).contains(Severity.CRITICAL);
        assertThat(board.byCondition())
                .containsEntry(Condition.FAILED, 1L)
                .containsEntry(Condition.DEGRADED, 2L)
                .containsEntry(Condition.CHANGING, 1L)
                .containsEntry(Condition.HEALTHY, 1L)
                .containsEntry(Condition.INACTIVE, 1L);
    }

    @Test
    void driftedDeploymentsKeepTheBoardsOrder() {
        DeploymentLine drifted = new DeploymentLine(
                UUID.randomUUID(), "drifted", UUID.randomUUID(), "vCPE", "1.0", DeploymentState.INSTANTIATED, 2, NOW);
        NocSnapshot.Deployments board = NocBoard.deploymentBoard(
                List.of(deployment("clean", DeploymentState.INSTANTIATED), drifted), List.of(), List.of());

        assertThat(board.drifted()).extracting(DeploymentStatus::line).containsExactly(drifted);
    }

    @Test
    void sitesAreByNameWithTargetsWithoutASiteLastAndNodesAddUpPerArchitecture() {
        List<TargetHealth> targets = List.of(
                target("lab", "", Health.UNKNOWN, Map.of()),
                target("paris-docker", "Paris", Health.UNREACHABLE, Map.of("amd64", new Nodes(0, 1))),
                target(
                        "paris-k8s",
                        "Paris",
                        Health.REACHABLE,
                        Map.of("amd64", new Nodes(3, 3), "arm64", new Nodes(1, 2))),
                target("berlin", "Berlin", Health.REACHABLE, Map.of()));

        List<Site> sites = NocBoard.sites(targets);

        assertThat(sites).extracting(Site::name).containsExactly("Berlin", "Paris", NocSnapshot.NO_SITE);
        Site paris = sites.get(1);
        assertThat(paris.count(Health.UNREACHABLE)).isEqualTo(1);
        assertThat(paris.count(Health.REACHABLE)).isEqualTo(1);
        assertThat(paris.nodes()).containsEntry("amd64", new Nodes(3, 4)).containsEntry("arm64", new Nodes(1, 2));
    }

    @Test
    void agesAreShortEnoughToReadFromAcrossTheRoom() {
        assertThat(NocOrder.ago(NOW.minusSeconds(2), NOW)).isEqualTo("just now");
        assertThat(NocOrder.ago(NOW.minusSeconds(20), NOW)).isEqualTo("20 s ago");
        assertThat(NocOrder.ago(NOW.minusSeconds(300), NOW)).isEqualTo("5 min ago");
        assertThat(NocOrder.ago(NOW.minusSeconds(7200), NOW)).isEqualTo("2 h ago");
        assertThat(NocOrder.ago(NOW.plusSeconds(30), NOW)).isEqualTo("just now");
        assertThat(NocOrder.in(NOW.plusSeconds(180), NOW)).isEqualTo("in 3 min");
        assertThat(NocOrder.in(NOW.plusSeconds(3 * 86_400), NOW)).isEqualTo("in 3 d");
    }

    private static TargetHealth target(String name, String site, Health health, Map<String, Nodes> nodes) {
        return new TargetHealth(UUID.randomUUID(), name, TargetKind.DOCKER, site, health, "", Optional.empty(), nodes);
    }
}
