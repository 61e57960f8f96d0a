package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJob;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.JobStepRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deployment and every unfinished job in a fixed number of queries, for screens that show them all at once (the
 * wall screen); {@link DeploymentQueries#list()} reads each deployment's jobs and steps on their own.
 */
@Service
@Transactional(readOnly = true)
public class DeploymentDigest {

    /** A deployment in one line: what it runs, where it is in its life, and how many resources drifted. */
    public record DeploymentLine(
            UUID id,
            String name,
            UUID chainId,
            String chainName,
            String chainVersion,
            DeploymentState state,
            int drifted,
            Instant updatedAt) {}

    private static final EnumSet<JobState> UNFINISHED =
            EnumSet.of(JobState.QUEUED, JobState.RUNNING, JobState.ROLLING_BACK);

    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final JobStepRepository steps;
    private final DriftService drift;

    DeploymentDigest(
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            JobStepRepository steps,
            DriftService drift) {
        this.deployments = deployments;
        this.jobs = jobs;
        this.steps = steps;
        this.drift = drift;
    }

    /** Every deployment, by name (one query). */
    public List<DeploymentLine> deployments() {
        return deployments.findAll().stream()
                .map(this::line)
                .sorted(Comparator.comparing(DeploymentLine::name))
                .toList();
    }

    /** Jobs queued, running or rolling back, oldest first, with their progress (two queries). */
    public List<DeploymentViews.JobSummary> unfinishedJobs() {
        List<DeploymentJob> open = jobs.findByStateIn(UNFINISHED);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<JobStep>> byJob = steps
                .findByJobIdIn(open.stream().map(DeploymentJob::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(JobStep::getJobId));
        return open.stream()
                .sorted(Comparator.comparing(DeploymentJob::getCreatedAt))
                .map(j -> DeploymentViews.JobSummary.of(j, byJob.getOrDefault(j.getId(), List.of())))
                .toList();
    }

    private DeploymentLine line(Deployment d) {
        return new DeploymentLine(
                d.getId(),
                d.getName(),
                d.getChainId(),
                d.getChainName(),
                d.getChainVersion(),
                d.getState(),
                drift.stored(d).size(),
                d.getUpdatedAt());
    }
}
