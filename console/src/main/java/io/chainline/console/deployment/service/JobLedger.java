package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJob;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobEvent;
import io.chainline.console.deployment.domain.JobEventRepository;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.JobStepRepository;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.domain.StepState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change a running job makes to its records, each in its own short transaction: a console killed at any point
 * leaves the job exactly as far as it got, never a half-written step.
 */
@Component
class JobLedger {

    static final EnumSet<JobState> ACTIVE = EnumSet.of(JobState.QUEUED, JobState.RUNNING, JobState.ROLLING_BACK);

    /** A job with its steps, its deployment and its request, read together. */
    record Snapshot(DeploymentJob job, List<JobStep> steps, Deployment deployment, JobRequest request) {}

    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final JobStepRepository steps;
    private final JobEventRepository events;
    private final DeploymentJson json;
    private final DeploymentEvents notify;
    private final ApplicationEventPublisher publisher;
    private final JobMetrics metrics;
    private final TransactionTemplate tx;
    private final Clock clock;

    JobLedger(
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            JobStepRepository steps,
            JobEventRepository events,
            DeploymentJson json,
            DeploymentEvents notify,
            ApplicationEventPublisher publisher,
            JobMetrics metrics,
            TransactionTemplate tx,
            Clock clock) {
        this.deployments = deployments;
        this.jobs = jobs;
        this.steps = steps;
        this.events = events;
        this.json = json;
        this.notify = notify;
        this.publisher = publisher;
        this.metrics = metrics;
        this.tx = tx;
        this.clock = clock;
    }

    Snapshot load(UUID jobId) {
        return tx.execute(s -> {
            DeploymentJob job = jobs.findById(jobId).orElseThrow();
            return new Snapshot(
                    job,
                    steps.findByJobIdOrderByPosition(jobId),
                    deployments.findById(job.getDeploymentId()).orElseThrow(),
                    json.read(job.getRequestJson(), JobRequest.class));
        });
    }

    boolean claim(UUID jobId, String owner, Duration staleAfter) {
        Integer claimed = tx.execute(
                s -> jobs.claim(jobId, owner, clock.instant(), clock.instant().minus(staleAfter)));
        return claimed != null && claimed == 1;
    }

    List<UUID> orphans(String owner, Duration staleAfter) {
        return tx.execute(s -> jobs.findByStateIn(ACTIVE).stream()
                .filter(j -> j.getOwner().isEmpty()
                        // a job no console claimed yet is left to the one that created it, unless that one is gone
                        ? j.getCreatedAt().isBefore(clock.instant().minus(staleAfter))
                        : j.getHeartbeatAt()
                                .map(h -> h.isBefore(clock.instant().minus(staleAfter)))
                                .orElse(true))
                .filter(j -> !j.getOwner().orElse("").equals(owner))
                .map(DeploymentJob::getId)
                .toList());
    }

    void beat(String owner) {
        tx.executeWithoutResult(s -> jobs.beat(owner, clock.instant(), ACTIVE));
    }

    void start(UUID jobId, Optional<DeploymentState> deploymentState, String actor) {
        UUID deployment = tx.execute(s -> {
            DeploymentJob job = jobs.findById(jobId).orElseThrow();
            boolean first = job.getStartedAt().isEmpty();
            job.start(clock.instant());
            Deployment d = deployments.findById(job.getDeploymentId()).orElseThrow();
            deploymentState.ifPresent(state -> d.moveTo(state, actor, clock.instant()));
            if (first) {
                metrics.started(job.getOperation());
            }
            return d.getId();
        });
        notify.changed(deployment);
    }

    void rollingBack(UUID jobId) {
        UUID deployment = tx.execute(s -> {
            DeploymentJob job = jobs.findById(jobId).orElseThrow();
            job.rollingBack();
            return job.getDeploymentId();
        });
        notify.changed(deployment);
    }

    void stepStarted(UUID stepId) {
        UUID deployment = tx.execute(s -> {
            JobStep step = steps.findById(stepId).orElseThrow();
            step.attempt(clock.instant());
            return jobs.findById(step.getJobId()).orElseThrow().getDeploymentId();
        });
        notify.changed(deployment);
    }

    void stepEnded(UUID stepId, StepState state, String message) {
        UUID deployment = tx.execute(s -> {
            JobStep step = steps.findById(stepId).orElseThrow();
            step.end(state, message, clock.instant());
            return jobs.findById(step.getJobId()).orElseThrow().getDeploymentId();
        });
        notify.changed(deployment);
    }

    void event(UUID jobId, JobEvent.Level level, String message) {
        UUID deployment = tx.execute(s -> {
            events.save(new JobEvent(jobId, events.lastSeq(jobId) + 1, clock.instant(), level, message));
            return jobs.findById(jobId).orElseThrow().getDeploymentId();
        });
        notify.changed(deployment);
    }

    boolean cancelRequested(UUID jobId) {
        return Boolean.TRUE.equals(
                tx.execute(s -> jobs.findById(jobId).orElseThrow().isCancelRequested()));
    }

    /**
     * Ends the job and moves its deployment on; when the job reached its goal, the deployment's desired state becomes
     * the job's.
     */
    void finish(
            UUID jobId,
            JobState end,
            String code,
            String message,
            DeploymentState deploymentState,
            Optional<JobRequest> adopted) {
        UUID deployment = tx.execute(s -> {
            DeploymentJob job = jobs.findById(jobId).orElseThrow();
            job.finish(end, code, message, clock.instant());
            Deployment d = deployments.findById(job.getDeploymentId()).orElseThrow();
            adopted.ifPresent(r -> {
                d.desire(json.write(r.desired()), json.write(r.settings()), job.getStartedBy(), clock.instant());
                r.chainName()
                        .ifPresent(name -> d.rechain(
                                r.desired().chainId(), name, r.desired().chainVersion()));
            });
            d.moveTo(deploymentState, job.getStartedBy(), clock.instant());
            if (end == JobState.COMPLETED) {
                clearDrift(d, job);
            }
            // stored with this transaction by the event publication registry; listeners run after it commits (ADR 24).
            // The job's clipped message keeps the stored event bounded.
            publisher.publishEvent(
                    new JobEnded(jobId, d.getId(), job.getOperation(), end, job.getErrorCode(), job.getErrorMessage()));
            metrics.ended(
                    job.getOperation(),
                    end,
                    connectors(job),
                    Duration.between(job.getStartedAt().orElse(job.getCreatedAt()), clock.instant()));
            return d.getId();
        });
        notify.changed(deployment);
    }

    /**
     * A completed job made every target it applied to match the desired state (or removed what ran there), so drift
     * found earlier on those targets is gone: keeping it would show a reconciled or terminated deployment as drifted
     * until the next periodic check. Drift on targets the job did not touch (a heal elsewhere) stays, with its age.
     */
    private void clearDrift(Deployment d, DeploymentJob job) {
        java.util.Set<UUID> touched = new java.util.HashSet<>();
        steps.findByJobIdOrderByPosition(job.getId())
                .forEach(step -> step.getTargetId().ifPresent(touched::add));
        List<DriftService.DriftItem> left = job.getOperation() == Operation.TERMINATE
                ? List.of()
                : json.readList(d.getDriftJson(), DriftService.DriftItem.class).stream()
                        .filter(item -> !touched.contains(item.targetId()))
                        .toList();
        Instant checked =
                left.isEmpty() ? clock.instant() : d.getDriftCheckedAt().orElse(clock.instant());
        d.driftChecked(json.write(left), checked);
    }

    private java.util.Set<String> connectors(DeploymentJob job) {
        JobRequest request = json.read(job.getRequestJson(), JobRequest.class);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        request.desired().units().forEach(u -> kinds.add(u.kind().name()));
        request.previous()
                .ifPresent(p -> p.units().forEach(u -> kinds.add(u.kind().name())));
        return kinds;
    }

    /** Puts a failed job back in the queue from the step that failed: SOL005's retry. */
    void requeue(UUID jobId) {
        tx.executeWithoutResult(s -> {
            for (JobStep step : steps.findByJobIdOrderByPosition(jobId)) {
                if (step.getState() == StepState.FAILED || step.getState() == StepState.RUNNING) {
                    step.end(StepState.PENDING, "to be retried", clock.instant());
                }
            }
            jobs.findById(jobId).orElseThrow().requeue();
        });
    }

    /**
     * Refuses a second job on a deployment inside the transaction that would record it: the actions' own check runs
     * before, outside it, and two operators can pass it at once.
     */
    void requireIdle(UUID deploymentId) {
        if (jobs.existsByDeploymentIdAndStateIn(deploymentId, ACTIVE)) {
            throw new ChainlineException(
                    "DEPLOYMENT-BUSY",
                    Category.CONFLICT,
                    "Another job is running on this deployment; wait for it to end or cancel it.");
        }
    }
}
