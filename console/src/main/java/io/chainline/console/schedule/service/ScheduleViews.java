package io.chainline.console.schedule.service;

import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleRun;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.domain.WindowPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Schedules and their runs as lists, pages and the API show them. */
public final class ScheduleViews {

    private ScheduleViews() {}

    /**
     * A schedule with when its next occurrence is due ({@code nextNominalAt}), when it will really run
     * ({@code nextEffectiveAt}) and why.
     */
    public record ScheduleView(
            UUID id,
            String name,
            Operation operation,
            Optional<UUID> deploymentId,
            String deploymentName,
            String job,
            String recurrence,
            String zone,
            String ticket,
            String owner,
            ScheduleState state,
            String stateReason,
            Optional<Instant> nextNominalAt,
            Optional<Instant> nextEffectiveAt,
            String effectiveReason,
            MissedRunPolicy missedPolicy,
            int slipMinutes,
            WindowPolicy windowPolicy,
            String overrideReason,
            boolean stopOnFail,
            Optional<RunView> lastRun,
            long version) {

        static ScheduleView of(JobSchedule s, String job, Optional<ScheduleRun> last) {
            return new ScheduleView(
                    s.getId(),
                    s.getName(),
                    s.getOperation(),
                    s.getDeploymentId(),
                    s.getDeploymentName(),
                    job,
                    ScheduleTiming.recurrence(s).describe(),
                    s.getZoneId(),
                    s.getTicket(),
                    s.getOwner(),
                    s.getState(),
                    s.getStateReason(),
                    s.getNextNominalAt(),
                    s.getNextEffectiveAt(),
                    s.getEffectiveReason(),
                    s.getMissedPolicy(),
                    (int) s.getSlip().toMinutes(),
                    s.getWindowPolicy(),
                    s.getOverrideReason().orElse(""),
                    s.isStopOnFail(),
                    last.map(r -> RunView.of(r, s.getName())),
                    s.getVersion());
        }
    }

    /** One run: when it was due and started, how it ended, which console ran it and its job (for the job's events). */
    public record RunView(
            UUID id,
            UUID scheduleId,
            String scheduleName,
            Instant nominalAt,
            Instant dueAt,
            Instant startedAt,
            Optional<Instant> endedAt,
            RunResult result,
            Optional<UUID> jobId,
            Optional<UUID> deploymentId,
            String executedBy,
            String detail) {

        static RunView of(ScheduleRun r, String scheduleName) {
            return new RunView(
                    r.getId(),
                    r.getScheduleId(),
                    scheduleName,
                    r.getNominalAt(),
                    r.getDueAt(),
                    r.getStartedAt(),
                    r.getEndedAt(),
                    r.getResult(),
                    r.getJobId(),
                    r.getDeploymentId(),
                    r.getExecutedBy(),
                    r.getDetail());
        }
    }

    /** One bar or mark on the timeline: a window occurrence, or a schedule's next run. */
    public record TimelineEntry(String kind, String label, Instant start, Instant end, String detail) {}
}
