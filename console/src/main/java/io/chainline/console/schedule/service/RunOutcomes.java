package io.chainline.console.schedule.service;

import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.service.JobEnded;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleRunRepository;
import io.chainline.console.schedule.domain.ScheduleState;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A scheduled job's end becomes its run's result, in the transaction that ends the job, on whichever console ran (or
 * took over) the job. A failed run pauses a stop-on-fail schedule until someone resumes it.
 */
@Component
class RunOutcomes {

    private final ScheduleRunRepository runs;
    private final JobScheduleRepository schedules;
    private final ScheduleMetrics metrics;
    private final Clock clock;

    RunOutcomes(ScheduleRunRepository runs, JobScheduleRepository schedules, ScheduleMetrics metrics, Clock clock) {
        this.runs = runs;
        this.schedules = schedules;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    void jobEnded(JobEnded ended) {
        runs.findByJobId(ended.jobId()).ifPresent(run -> {
            RunResult result = result(ended.state());
            String detail = ended.state() + (ended.code().isBlank() ? "" : " " + ended.code() + ": " + ended.message());
            run.end(result, run.getDetail() + "; the job ended " + detail, clock.instant());
            metrics.ended(result);
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
