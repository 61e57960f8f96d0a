package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ConsoleInstance;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobEvent;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.domain.StepState;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs jobs, step after step, on virtual threads. A job is claimed first (one console runs it), each step's start and
 * end are recorded before and after it acts, retryable failures are retried with a doubling pause, and a failure
 * ends in the deployment's failure policy: roll back what the job did, or leave it for inspection.
 */
@Service
public class JobRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final String CANCELLED = "JOB-CANCELLED";

    private final JobLedger ledger;
    private final StepExecutor steps;
    private final Rollback rollback;
    private final LiveStatus live;
    private final ConsoleInstance instance;
    private final SubnetLedger subnets;
    private final Duration staleAfter;
    private final Duration backoff;
    private final int maxAttempts;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final java.util.Set<UUID> local = java.util.concurrent.ConcurrentHashMap.newKeySet();

    JobRunner(
            JobLedger ledger,
            StepExecutor steps,
            Rollback rollback,
            LiveStatus live,
            ConsoleInstance instance,
            SubnetLedger subnets,
            @Value("${chainline.jobs.stale-after:PT30S}") Duration staleAfter,
            @Value("${chainline.jobs.retry-backoff:PT2S}") Duration backoff,
            @Value("${chainline.jobs.max-attempts:3}") int maxAttempts) {
        this.ledger = ledger;
        this.steps = steps;
        this.rollback = rollback;
        this.live = live;
        this.instance = instance;
        this.subnets = subnets;
        this.staleAfter = staleAfter;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
    }

    public void submit(UUID jobId) {
        // recovery may see a job just submitted here as unclaimed: one runner per job per console
        if (!local.add(jobId)) {
            return;
        }
        executor.execute(() -> {
            try {
                run(jobId);
            } catch (RuntimeException e) {
                // the job stays claimed and active; recovery takes it over once this console stops beating
                log.error("chainline.job.crashed job={}", jobId, e);
            } finally {
                local.remove(jobId);
            }
        });
    }

    Duration staleAfter() {
        return staleAfter;
    }

    private void noteResumed(UUID job) {
        ledger.event(
                job,
                JobEvent.Level.WARN,
                "Resumed by " + instance.id() + ": the console running this job"
                        + " stopped. Finished steps are kept; the step in progress runs again, which is safe because"
                        + " every step is idempotent.");
    }

    private void run(UUID jobId) {
        if (!ledger.claim(jobId, instance.id(), staleAfter)) {
            return;
        }
        JobLedger.Snapshot snapshot = ledger.load(jobId);
        JobState state = snapshot.job().getState();
        if (state.finished()) {
            return;
        }
        UUID job = snapshot.job().getId();
        if (snapshot.job().getStartedAt().isPresent()) {
            noteResumed(job);
        }
        if (state == JobState.ROLLING_BACK) {
            rollback.run(snapshot, "resumed");
            return;
        }
        ledger.start(job, startingState(snapshot), snapshot.job().getStartedBy());
        for (JobStep step : snapshot.steps()) {
            if (step.getState() == StepState.DONE || step.getState() == StepState.SKIPPED) {
                continue;
            }
            if (ledger.cancelRequested(job)) {
                cancel(snapshot);
                return;
            }
            try {
                attempt(job, step, snapshot.request());
            } catch (StepFailure failure) {
                if (failure.code().equals(CANCELLED)) {
                    cancel(snapshot);
                } else {
                    fail(ledger.load(jobId), step, failure);
                }
                return;
            }
        }
        succeed(snapshot);
    }

    /**
     * One run of the step. An error the step did not expect (a console bug) fails the step for good rather than
     * escaping the runner: a job left running would hold every other action on its deployment, Terminate included,
     * and running it again on recovery would only fail the same way.
     */
    private String run(JobStep step, JobRequest request, UUID job) {
        try {
            return steps.run(step, request, (level, message) -> ledger.event(job, level, message));
        } catch (StepFailure failure) {
            throw failure;
        } catch (RuntimeException bug) {
            log.error("chainline.job.step-error job={} step={}", job, step.getTitle(), bug);
            throw new StepFailure(
                    "JOB-STEP-ERROR",
                    "The console failed on this step (" + bug.getClass().getSimpleName()
                            + "); the job stops here. Tell an administrator: the log has the details"
                            + " (chainline.job.step-error job=" + job + ").",
                    false,
                    bug);
        }
    }

    private void attempt(UUID job, JobStep step, JobRequest request) {
        for (int attempt = 1; ; attempt++) {
            ledger.stepStarted(step.getId());
            ledger.event(job, JobEvent.Level.INFO, step.getTitle() + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
            try {
                String outcome = run(step, request, job);
                ledger.stepEnded(step.getId(), StepState.DONE, outcome);
                return;
            } catch (StepFailure failure) {
                if (failure.retryable() && ledger.cancelRequested(job)) {
                    ledger.stepEnded(
                            step.getId(), StepState.FAILED, "cancelled while retrying: " + failure.getMessage());
                    throw new StepFailure(CANCELLED, "cancelled while retrying", false, failure);
                }
                boolean again = failure.retryable() && attempt < maxAttempts;
                if (!again) {
                    ledger.stepEnded(step.getId(), StepState.FAILED, failure.getMessage());
                    throw failure;
                }
                Duration pause = backoff.multipliedBy(1L << (attempt - 1));
                ledger.event(
                        job,
                        JobEvent.Level.WARN,
                        failure.code() + ": " + failure.getMessage() + " — retrying in " + pause.toSeconds() + " s");
                sleep(pause);
            }
        }
    }

    private void succeed(JobLedger.Snapshot s) {
        Operation op = s.job().getOperation();
        DeploymentState end = op == Operation.TERMINATE ? DeploymentState.TERMINATED : DeploymentState.INSTANTIATED;
        ledger.event(s.job().getId(), JobEvent.Level.INFO, op.name().toLowerCase() + " completed");
        // observed before the job is marked done, so whoever sees it done sees what runs
        live.refreshQuietly(s.deployment().getId(), s.request().desired());
        ledger.finish(s.job().getId(), JobState.COMPLETED, "", "", end, Optional.of(s.request()));
        if (op == Operation.TERMINATE) {
            // its link networks are gone with it: their subnets go back to the pool
            subnets.release(s.deployment().getName());
        }
    }

    private void fail(JobLedger.Snapshot s, JobStep step, StepFailure failure) {
        ledger.event(
                s.job().getId(),
                JobEvent.Level.ERROR,
                step.getTitle() + " failed: " + failure.code() + ": " + failure.getMessage());
        if (rollback.applies(s)) {
            rollback.run(s, failure.code() + ": " + failure.getMessage());
            live.refreshQuietly(s.deployment().getId());
        } else {
            // what was left for inspection is observed before the job is marked failed
            live.refreshQuietly(s.deployment().getId());
            ledger.finish(
                    s.job().getId(),
                    JobState.FAILED,
                    failure.code(),
                    failure.getMessage(),
                    DeploymentState.FAILED,
                    Optional.empty());
        }
    }

    private void cancel(JobLedger.Snapshot s) {
        ledger.event(
                s.job().getId(),
                JobEvent.Level.WARN,
                "Cancelled before the next step; what earlier steps did" + " is left as it is.");
        DeploymentState end =
                s.job().getOperation() == Operation.INSTANTIATE || s.job().getOperation() == Operation.TERMINATE
                        ? DeploymentState.FAILED
                        : DeploymentState.INSTANTIATED;
        ledger.finish(s.job().getId(), JobState.CANCELLED, "JOB-CANCELLED", "cancelled", end, Optional.empty());
    }

    private static Optional<DeploymentState> startingState(JobLedger.Snapshot s) {
        return switch (s.job().getOperation()) {
            case INSTANTIATE -> Optional.of(DeploymentState.INSTANTIATING);
            case TERMINATE -> Optional.of(DeploymentState.TERMINATING);
            default -> Optional.empty();
        };
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure("JOB-INTERRUPTED", "The console is stopping", false, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
