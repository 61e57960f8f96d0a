package io.chainline.console.schedule.service;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.service.JobEnded;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleRunRepository;
import io.chainline.console.schedule.domain.ScheduleState;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A scheduled job's end becomes its run's result, after the job's end commits, in a transaction of its own, through
 * the event publication registry (ADR 24): a failure here is retried and never rolls the job back. A failed run pauses
 * a stop-on-fail schedule until someone resumes it.
 */
@Component
class RunOutcomes {

    /** The listener's id in the event publication registry: stable, so renaming the method strands no publication. */
    static final String LISTENER_ID = "schedule.run-outcome";

    private final ScheduleRunRepository runs;
    private final JobScheduleRepository schedules;
    private final ScheduleMetrics metrics;
    private final Clock clock;
    private final ScheduleFaults faults;

    RunOutcomes(
            ScheduleRunRepository runs,
            JobScheduleRepository schedules,
            ScheduleMetrics metrics,
            Clock clock,
            ScheduleFaults faults) {
        this.runs = runs;
        this.schedules = schedules;
        this.metrics = metrics;
        this.clock = clock;
        this.faults = faults;
    }

    /**
     * Idempotent: a run that already ended with this result (the same event resubmitted, or delivered twice) is left
     * as it is, so its detail, the metric and a stop-on-fail pause happen once. A job retried since (SOL005) ends
     * again with a new event, which may change the result.
     */
    @ApplicationModuleListener(id = LISTENER_ID)
    void jobEnded(JobEnded ended) {
        RunResult result = result(ended.state());
        runs.findByJobId(ended.jobId())
                .filter(run -> run.getResult() != result || run.getEndedAt().isEmpty())
                .ifPresent(run -> {
                    String detail =
                            ended.state() + (ended.code().isBlank() ? "" : " " + ended.code() + ": " + ended.message());
                    run.end(result, run.getDetail() + "; the job ended " + detail, clock.instant());
                    metrics.ended(result);
                    if (result == RunResult.SUCCEEDED) {
                        faults.settled(run.getScheduleId());
                    }
                    if (!result.failed()) {
                        return;
                    }
                    schedules.findById(run.getScheduleId()).ifPresent(s -> {
                        if (s.isStopOnFail() && s.getState() == ScheduleState.ACTIVE) {
                            s.pause(
                                    "paused after the run due " + run.getNominalAt() + " ended " + detail,
                                    s.getOwner(),
                                    clock.instant());
                        }
                    });
                });
    }

    private static RunResult result(JobState state) {
        return switch (state) {
            case COMPLETED -> RunResult.SUCCEEDED;
            case CANCELLED -> RunResult.CANCELLED;
            case QUEUED, RUNNING, ROLLING_BACK -> RunResult.RUNNING;
            case FAILED, ROLLED_BACK -> RunResult.FAILED;
        };
    }
}
