package io.chainline.console.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.WindowPolicy;
import io.chainline.console.support.RecordedFaults;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleFaultsTest {

    private final RecordedFaults faults = new RecordedFaults();
    private final ScheduleFaults schedules = new ScheduleFaults(faults);
    private final UUID deployment = UUID.randomUUID();
    private final JobSchedule schedule = schedule();
    private final FaultScope scope = FaultScope.of("schedule", schedule.getId());

    @Test
    void aMissedRunIsAMinorAlarmOnTheDeploymentItTargets() {
        schedules.notRun(schedule, order(Optional.of(deployment)), RunResult.MISSED, "missed: 20 min late");

        assertThat(faults.of(scope)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.MINOR);
            assertThat(f.object()).isEqualTo(Fault.ManagedObject.deployment(deployment, "core"));
            assertThat(f.resource().kind()).isEqualTo(Fault.Resource.Kind.SCHEDULE);
            assertThat(f.resource().name()).isEqualTo("nightly heal");
            assertThat(f.probableCause()).isEqualTo("Scheduled run missed");
            assertThat(f.details()).contains("nightly heal", "missed: 20 min late");
        });
    }

    @Test
    void aRefusalThatPausedTheScheduleOrARefusedJobNeedsAnOperator() {
        schedules.notRun(schedule, order(Optional.of(deployment)), RunResult.REFUSED, "refused by windows");
        assertThat(faults.of(scope)).singleElement().extracting(Fault::severity).isEqualTo(Fault.Severity.MINOR);

        schedule.pause("paused after a refused run", "alice", Instant.now());
        schedules.notRun(schedule, order(Optional.of(deployment)), RunResult.REFUSED, "refused by windows");
        assertThat(faults.of(scope)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(f.details()).contains("The schedule is paused.");
        });
    }

    @Test
    void aJobRefusedToStartIsMajor_AndAScheduledDeployAlarmsOnTheSchedule() {
        schedules.notRun(schedule, order(Optional.empty()), RunResult.FAILED, "the name is taken");

        assertThat(faults.of(scope)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(f.object().kind()).isEqualTo(Fault.ManagedObject.Kind.SCHEDULE);
            assertThat(f.object().id()).isEqualTo(schedule.getId());
            assertThat(f.object().name()).isEqualTo("nightly heal");
        });
    }

    @Test
    void settlingClears() {
        schedules.notRun(schedule, order(Optional.of(deployment)), RunResult.MISSED, "missed");
        schedules.settled(schedule.getId());
        assertThat(faults.of(scope)).isEmpty();
    }

    private static JobSchedule schedule() {
        JobSchedule s = new JobSchedule(UUID.randomUUID(), "alice", Instant.parse("2026-12-05T00:00:00Z"));
        s.policies(
                "nightly heal",
                "",
                MissedRunPolicy.values()[0],
                Duration.ofMinutes(10),
                WindowPolicy.values()[0],
                "",
                true);
        return s;
    }

    private static JobOrder order(Optional<UUID> deployment) {
        return new JobOrder(
                Operation.HEAL,
                deployment,
                "core",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.empty());
    }
}
