package io.chainline.console.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.JobEnded;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.maintenance.service.WindowRequest;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.domain.WindowPolicy;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules on the real scheduler, with the console's clock moved instead of waited for: the vCPE upgrade for Sunday
 * 02:00 Europe/Paris inside an allow window runs once, on time; deny windows refuse jobs asked for now and make
 * schedules wait or refuse; missed runs follow their policy; a failed run pauses its schedule.
 */
@IntegrationTest
class ScheduleServiceIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ScheduleService schedules;

    @Autowired
    WindowService windows;

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
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AlarmQueries alarms;

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();
    private final List<UUID> windowIds = new java.util.ArrayList<>();
    private TargetSummary k8s;
    private ChainSummary v1;

    @BeforeEach
    void aRunningVcpe() {
        String site = "site-" + UUID.randomUUID().toString().substring(0, 6);
        k8s = fleet.register(
                new TargetRequest(
                        unique("edge"),
                        TargetKind.KUBERNETES,
                        site,
                        "",
                        Map.of("tier", "edge"),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.sync(k8s.id());
        v1 = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
    }

    @AfterEach
    void putTimeBack() {
        clock.reset();
        schedules.list().stream()
                .filter(v -> v.owner().equals("alice") || v.owner().equals("admin"))
                .filter(v -> v.name().matches(".*-[0-9a-f]{6}"))
                .forEach(v -> schedules.delete(v.id(), "admin"));
        for (UUID id : windowIds) {
            windows.delete(id, windows.get(id).version(), "admin");
        }
        cluster.close();
    }

    @Test
    void theSundayUpgradeInsideTheParisWindowRunsOnceOnTime() {
        UUID deployment = deploy();
        ChainSummary v2 = Deployables.nextVersion(
                chains, v1, "2.0." + UUID.randomUUID().toString().substring(0, 4));
        window("Paris Sunday nights", WindowKind.ALLOW, "0 1 * * SUN", 240);

        var created = schedules.create(
                new ScheduleRequest(
                        unique("vcpe-upgrade"),
                        order(Operation.UPGRADE, deployment, Optional.of(v2.id())),
                        RecurrenceKind.CRON,
                        "0 2 * * SUN",
                        null,
                        "Europe/Paris",
                        "CHG-4711",
                        MissedRunPolicy.RUN_LATE,
                        30,
                        WindowPolicy.WAIT,
                        "",
                        true),
                "alice",
                false);

        Instant sunday = ZonedDateTime.now(PARIS)
                .with(TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY))
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(2)
                .toInstant();
        assertThat(created.nextNominalAt()).contains(sunday);
        assertThat(created.nextEffectiveAt()).contains(sunday);
        assertThat(created.effectiveReason()).contains("on time").contains("inside allow window 'Paris Sunday nights'");

        clock.setNow(sunday.minusSeconds(2));
        var run = awaitRun(created.id());
        DeploymentViews.JobDetail job = awaitJob(run.jobId().orElseThrow());
        assertThat(job.summary().state()).as(job.events().toString()).isEqualTo(JobState.COMPLETED);
        assertThat(job.summary().operation()).isEqualTo(Operation.UPGRADE);
        assertThat(run.nominalAt()).isEqualTo(sunday);
        assertThat(Duration.between(sunday, run.startedAt())).isLessThan(Duration.ofSeconds(30));
        assertThat(queries.detail(deployment).summary().chainVersion()).isEqualTo(v2.nsVersion());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> schedules.runs(created.id()).getFirst().result() == RunResult.SUCCEEDED);
        // through a few more polls there is still exactly one run, and the schedule moved on to the next Sunday
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> schedules.runs(created.id()).size() == 1);
        assertThat(schedules.get(created.id()).nextNominalAt()).contains(sunday.plus(Duration.ofDays(7)));
        theJobsEndDeliveredAgainChangesNothing(created.id(), job.summary());
    }

    /** A resubmitted (or twice delivered) JobEnded: the run's outcome is recorded once (ADR 24). */
    private void theJobsEndDeliveredAgainChangesNothing(UUID schedule, DeploymentViews.JobSummary job) {
        var before = schedules.runs(schedule).getFirst();
        JobEnded again = new JobEnded(
                job.id(), job.deploymentId(), job.operation(), job.state(), job.errorCode(), job.errorMessage());
        tx.executeWithoutResult(s -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM event_publication WHERE listener_id = ? AND serialized_event"
                                        + " LIKE ? AND completion_date IS NOT NULL",
                                Integer.class,
                                RunOutcomes.LISTENER_ID,
                                "%" + job.id() + "%")
                        == 2);
        var after = schedules.runs(schedule).getFirst();
        assertThat(after.result()).isEqualTo(RunResult.SUCCEEDED);
        assertThat(after.detail()).isEqualTo(before.detail());
        assertThat(after.endedAt()).isEqualTo(before.endedAt());
    }

    @Test
    void aDenyWindowRefusesJobsAskedForNowAndSchedulesWaitOrRefuseAsTheySay() {
        UUID deployment = deploy();
        Instant now = clock.instant();
        LocalDateTime start = LocalDateTime.ofInstant(now, PARIS)
                .truncatedTo(ChronoUnit.MINUTES)
                .minusMinutes(1);
        UUID freeze = window("Freeze " + UUID.randomUUID(), WindowKind.DENY, "", 30, start);

        assertThatThrownBy(() -> deployments.reconcile(deployment, "alice"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("WINDOW-CLOSED"))
                .hasMessageContaining("inside deny window")
                .hasMessageContaining("next open at");

        LocalDateTime soon = start.plusMinutes(3);
        var waits = schedules.create(once("waits", deployment, soon, WindowPolicy.WAIT), "alice", false);
        Instant freezeEnd = start.plusMinutes(30).atZone(PARIS).toInstant();
        assertThat(waits.nextEffectiveAt()).contains(freezeEnd);
        assertThat(waits.effectiveReason()).contains("waits for the next maintenance window");

        var refuses = schedules.create(once("refuses", deployment, soon, WindowPolicy.REFUSE), "alice", false);
        assertThat(refuses.effectiveReason()).startsWith("will be refused");
        clock.setNow(soon.atZone(PARIS).toInstant().plusSeconds(1));
        var refused = awaitRun(refuses.id());
        assertThat(refused.result()).isEqualTo(RunResult.REFUSED);
        assertThat(refused.detail()).contains("refused by maintenance windows");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(scheduleAlarm(refuses.id())).hasValueSatisfying(a -> {
                    assertThat(a.getProbableCause()).isEqualTo("Scheduled run refused");
                    assertThat(a.getManagedObject().id()).isEqualTo(deployment);
                }));
        schedules.delete(refuses.id(), "alice");
        assertThat(scheduleAlarm(refuses.id()))
                .as("deleting the schedule clears its alarm")
                .isEmpty();
        assertThat(schedules.runs(waits.id())).isEmpty();

        // lifting the freeze: the waiting schedule runs at its own time again, and runs
        windows.delete(freeze, windows.get(freeze).version(), "admin");
        windowIds.remove(freeze);
        var ran = awaitRun(waits.id());
        assertThat(ran.nominalAt()).isEqualTo(soon.atZone(PARIS).toInstant());
        assertThat(awaitJob(ran.jobId().orElseThrow()).summary().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void anAdminOverrideRunsInsideADenyWindowAndIsRecorded() {
        UUID deployment = deploy();
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), PARIS).truncatedTo(ChronoUnit.MINUTES);
        window("Freeze " + UUID.randomUUID(), WindowKind.DENY, "", 60, start.minusMinutes(1));
        ScheduleRequest override = new ScheduleRequest(
                unique("override"),
                order(Operation.RECONCILE, deployment, Optional.empty()),
                RecurrenceKind.ONCE,
                "",
                start.plusMinutes(2),
                "Europe/Paris",
                "INC-99",
                MissedRunPolicy.RUN_LATE,
                60,
                WindowPolicy.REFUSE,
                "P1 incident: firewall rules must be restored",
                true);

        assertThatThrownBy(() -> schedules.create(override, "alice", false))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("SCHEDULE-OVERRIDE-ADMIN"));
        var created = schedules.create(override, "admin", true);
        assertThat(created.effectiveReason()).contains("ADMIN override");

        clock.setNow(start.plusMinutes(2).atZone(PARIS).toInstant().plusSeconds(1));
        var run = awaitRun(created.id());
        assertThat(run.detail()).contains("windows overridden: P1 incident").contains("INC-99");
        assertThat(awaitJob(run.jobId().orElseThrow()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(schedules.get(created.id()).state()).isEqualTo(ScheduleState.DONE);
    }

    @Test
    void missedRunsRunLateWithinTheirSlipOrAreRecordedAndAFailurePausesTheSchedule() {
        UUID deployment = deploy();
        LocalDateTime soon = LocalDateTime.ofInstant(clock.instant(), PARIS)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(2);
        var late = schedules.create(
                new ScheduleRequest(
                        unique("late"),
                        order(Operation.RECONCILE, deployment, Optional.empty()),
                        RecurrenceKind.ONCE,
                        "",
                        soon,
                        "Europe/Paris",
                        "",
                        MissedRunPolicy.RUN_LATE,
                        30,
                        WindowPolicy.WAIT,
                        "",
                        true),
                "alice",
                false);
        var skipped = schedules.create(
                new ScheduleRequest(
                        unique("skip"),
                        order(Operation.HEAL, deployment, Optional.empty()),
                        RecurrenceKind.ONCE,
                        "",
                        soon,
                        "Europe/Paris",
                        "",
                        MissedRunPolicy.SKIP,
                        30,
                        WindowPolicy.WAIT,
                        "",
                        true),
                "alice",
                false);
        // the consoles were "down" for ten minutes: both come due late at once
        clock.setNow(soon.atZone(PARIS).toInstant().plus(Duration.ofMinutes(10)));
        var lateRun = awaitRun(late.id());
        assertThat(lateRun.detail()).contains("10 min late");
        assertThat(awaitJob(lateRun.jobId().orElseThrow()).summary().state()).isEqualTo(JobState.COMPLETED);
        var missed = awaitRun(skipped.id());
        assertThat(missed.result()).isEqualTo(RunResult.MISSED);
        assertThat(missed.jobId()).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(scheduleAlarm(skipped.id())).hasValueSatisfying(a -> {
                    assertThat(a.getProbableCause()).isEqualTo("Scheduled run missed");
                    assertThat(a.getSeverity()).isEqualTo(Fault.Severity.MINOR);
                    assertThat(a.getManagedObject().id()).isEqualTo(deployment);
                }));

        // a recurring heal of a workload that does not exist fails and pauses its schedule
        var failing = schedules.create(
                new ScheduleRequest(
                        unique("nightly-heal"),
                        healMissing(deployment),
                        RecurrenceKind.CRON,
                        "*/5 * * * *",
                        null,
                        "UTC",
                        "",
                        MissedRunPolicy.RUN_LATE,
                        30,
                        WindowPolicy.WAIT,
                        "",
                        true),
                "alice",
                false);
        clock.setNow(failing.nextEffectiveAt().orElseThrow().plusSeconds(1));
        var failed = awaitRun(failing.id());
        assertThat(failed.result()).isEqualTo(RunResult.FAILED);
        assertThat(failed.detail()).contains("DEPLOYMENT-WORKLOAD-UNKNOWN");
        var paused = schedules.get(failing.id());
        assertThat(paused.state()).isEqualTo(ScheduleState.PAUSED);
        assertThat(paused.stateReason()).contains("failed");
        assertThat(schedules.resume(failing.id(), "alice").state()).isEqualTo(ScheduleState.ACTIVE);
    }

    private UUID deploy() {
        var job = deployments.deploy(
                unique("vcpe"), v1.id(), DeploymentSettings.defaults().withTargets(Set.of(k8s.name())), "alice");
        assertThat(awaitJob(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        return job.deploymentId();
    }

    private UUID window(String name, WindowKind kind, String cron, int minutes) {
        return window(name, kind, cron, minutes, null);
    }

    private UUID window(String name, WindowKind kind, String cron, int minutes, LocalDateTime once) {
        var view = windows.create(
                new WindowRequest(
                        name,
                        kind,
                        once == null ? RecurrenceKind.CRON : RecurrenceKind.ONCE,
                        cron,
                        once,
                        "Europe/Paris",
                        minutes,
                        List.of(k8s.name()),
                        List.of(),
                        Map.of(),
                        "test window"),
                "admin");
        windowIds.add(view.id());
        return view.id();
    }

    private ScheduleRequest once(String stem, UUID deployment, LocalDateTime at, WindowPolicy policy) {
        return new ScheduleRequest(
                unique(stem),
                order(Operation.RECONCILE, deployment, Optional.empty()),
                RecurrenceKind.ONCE,
                "",
                at,
                "Europe/Paris",
                "",
                MissedRunPolicy.RUN_LATE,
                60,
                policy,
                "",
                true);
    }

    private static JobOrder order(Operation op, UUID deployment, Optional<UUID> chain) {
        return new JobOrder(
                op,
                Optional.of(deployment),
                "",
                chain,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                op == Operation.HEAL ? Optional.of("classifier-main") : Optional.empty());
    }

    private static JobOrder healMissing(UUID deployment) {
        return new JobOrder(
                Operation.HEAL,
                Optional.of(deployment),
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.of("no-such-workload"));
    }

    /** The schedule source's active alarm for a schedule, if any. */
    private Optional<Alarm> scheduleAlarm(UUID schedule) {
        return alarms.list(AlarmFilter.activeOnly(), 1000).stream()
                .filter(a -> a.getScope().equals(FaultScope.of("schedule", schedule)))
                .findFirst();
    }

    private ScheduleViews.RunView awaitRun(UUID schedule) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !schedules.runs(schedule).isEmpty()
                        && schedules.runs(schedule).getFirst().result() != RunResult.STARTING);
        return schedules.runs(schedule).getFirst();
    }

    private DeploymentViews.JobDetail awaitJob(UUID job) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> queries.job(job).summary().state().finished());
        return queries.job(job);
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
