package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentJob;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobEvent;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.domain.StepKind;
import io.chainline.console.deployment.domain.StepState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deployments, jobs, steps and events as views and the API show them. */
public final class DeploymentViews {

    private DeploymentViews() {}

    /** @param version the lock a change names */
    public record DeploymentSummary(
            UUID id,
            String name,
            UUID chainId,
            String chainName,
            String chainVersion,
            DeploymentState state,
            int instances,
            List<String> targets,
            Optional<JobSummary> lastJob,
            int drifted,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            long version) {}

    public record JobSummary(
            UUID id,
            UUID deploymentId,
            Operation operation,
            JobState state,
            String startedBy,
            Instant createdAt,
            Optional<Instant> startedAt,
            Optional<Instant> endedAt,
            String errorCode,
            String errorMessage,
            int stepsDone,
            int stepsTotal) {

        /** The steps that count as finished for a job's progress. */
        static final List<StepState> FINISHED = List.of(StepState.DONE, StepState.SKIPPED);

        static JobSummary of(DeploymentJob job, List<JobStep> steps) {
            int done = (int)
                    steps.stream().filter(s -> FINISHED.contains(s.getState())).count();
            return of(job, done, steps.size());
        }

        static JobSummary of(DeploymentJob job, int done, int total) {
            return new JobSummary(
                    job.getId(),
                    job.getDeploymentId(),
                    job.getOperation(),
                    job.getState(),
                    job.getStartedBy(),
                    job.getCreatedAt(),
                    job.getStartedAt(),
                    job.getEndedAt(),
                    job.getErrorCode(),
                    job.getErrorMessage(),
                    done,
                    total);
        }

        /** 0..1, for a progress bar. */
        public double progress() {
            return stepsTotal == 0 ? (state.finished() ? 1 : 0) : (double) stepsDone / stepsTotal;
        }
    }

    public record StepView(
            int position,
            StepKind kind,
            String target,
            String title,
            String detail,
            StepState state,
            int attempts,
            Optional<Instant> startedAt,
            Optional<Instant> endedAt,
            String message) {

        static StepView of(JobStep s) {
            return new StepView(
                    s.getPosition(),
                    s.getKind(),
                    s.getTargetName(),
                    s.getTitle(),
                    s.getDetail(),
                    s.getState(),
                    s.getAttempts(),
                    s.getStartedAt(),
                    s.getEndedAt(),
                    s.getMessage());
        }
    }

    public record EventView(long seq, Instant at, JobEvent.Level level, String message) {
        static EventView of(JobEvent e) {
            return new EventView(e.getSeq(), e.getAt(), e.getLevel(), e.getMessage());
        }
    }

    /** A job with its steps and events. */
    public record JobDetail(JobSummary summary, List<StepView> steps, List<EventView> events) {}

    /** Everything the deployment page shows. */
    public record DeploymentDetail(
            DeploymentSummary summary,
            DeploymentSettings settings,
            DesiredState desired,
            LiveStatus.Live live,
            List<DriftService.DriftItem> drift,
            Optional<Instant> driftCheckedAt,
            List<JobSummary> jobs) {}
}
