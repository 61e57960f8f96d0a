package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.FieldRefusal;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.JobStepRepository;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs described ahead of time (what schedules keep): checked when written down, started when due, idempotent by
 * their chosen job id, and asked which targets they may touch so maintenance windows can be applied to them.
 */
@Service
public class JobOrders {

    private final DeploymentService deployments;
    private final DeploymentRepository records;
    private final DeploymentJobRepository jobs;
    private final JobStepRepository steps;
    private final DeploymentJson json;
    private final ChainService chains;
    private final FleetService fleet;
    private final TransactionTemplate tx;

    JobOrders(
            DeploymentService deployments,
            DeploymentRepository records,
            DeploymentJobRepository jobs,
            JobStepRepository steps,
            DeploymentJson json,
            ChainService chains,
            FleetService fleet,
            TransactionTemplate tx) {
        this.deployments = deployments;
        this.records = records;
        this.jobs = jobs;
        this.steps = steps;
        this.json = json;
        this.chains = chains;
        this.fleet = fleet;
        this.tx = tx;
    }

    /** Refuses an order that could never run: a missing deployment, chain or parameter. */
    public JobOrder check(JobOrder order) {
        switch (order.operation()) {
            case INSTANTIATE -> {
                DeploymentPlanner.requireName(order.deploymentName());
                chains.get(order.chainId().orElseThrow(() -> missing("chainId", "the chain version to deploy")));
            }
            case UPGRADE -> {
                load(order);
                chains.get(order.chainId().orElseThrow(() -> missing("chainId", "the chain version to upgrade to")));
            }
            case SCALE -> {
                load(order);
                order.nf().orElseThrow(() -> missing("nf", "the network function to scale"));
                if (order.level().isEmpty() && order.aspects().isEmpty()) {
                    throw missing("level", "an instantiation level or aspect levels");
                }
            }
            case HEAL -> {
                load(order);
                order.workload().orElseThrow(() -> missing("workload", "the workload to heal"));
            }
            case RECONCILE, TERMINATE -> load(order);
        }
        return order;
    }

    /** Starts the order's job with the origin's id; when that job exists already, answers it instead. */
    public DeploymentViews.JobSummary execute(JobOrder order, JobOrigin origin, String actor) {
        Optional<DeploymentViews.JobSummary> existing = tx.execute(s -> jobs.findById(origin.jobId())
                .map(job -> DeploymentViews.JobSummary.of(job, steps.findByJobIdOrderByPosition(job.getId()))));
        if (existing.isPresent()) {
            return existing.get();
        }
        return switch (order.operation()) {
            case INSTANTIATE ->
                deployments.deploy(
                        order.deploymentName(),
                        order.chainId().orElseThrow(),
                        order.settings().orElseThrow(),
                        actor,
                        origin);
            case SCALE ->
                deployments.scale(id(order), order.nf().orElseThrow(), order.level(), order.aspects(), actor, origin);
            case UPGRADE -> deployments.upgrade(id(order), order.chainId().orElseThrow(), actor, origin);
            case HEAL -> deployments.heal(id(order), order.workload().orElseThrow(), actor, origin);
            case RECONCILE -> deployments.reconcile(id(order), actor, origin);
            case TERMINATE -> deployments.terminate(id(order), actor, origin);
        };
    }

    /**
     * The targets the order's job may touch: where the deployment runs, or for a deploy every target its settings
     * allow (placement decides only when it runs, so every candidate's windows apply).
     */
    public List<UUID> targetsOf(JobOrder order) {
        if (order.operation() != Operation.INSTANTIATE) {
            return tx.execute(s -> records.findById(id(order))
                    .map(d -> json.read(d.getDesiredJson(), DesiredState.class).units().stream()
                            .map(DesiredState.TargetUnit::targetId)
                            .distinct()
                            .toList())
                    .orElse(List.of()));
        }
        DeploymentSettings settings = order.settings().orElseThrow();
        Set<UUID> ids = new LinkedHashSet<>();
        for (TargetSummary t : fleet.list()) {
            boolean named = settings.targets().isEmpty() || settings.targets().contains(t.name());
            boolean labelled =
                    t.labels().entrySet().containsAll(settings.targetLabels().entrySet());
            if ((named && labelled) || settings.overrides().containsValue(t.name())) {
                ids.add(t.id());
            }
        }
        return List.copyOf(ids);
    }

    /** Whether a job runs on the deployment now (a scheduled job then waits for it). */
    public boolean busy(JobOrder order) {
        return order.deploymentId()
                .map(id ->
                        Boolean.TRUE.equals(tx.execute(s -> jobs.existsByDeploymentIdAndStateIn(id, JobLedger.ACTIVE))))
                .orElse(false);
    }

    private Deployment load(JobOrder order) {
        Deployment d = tx.execute(s -> records.findById(id(order)).orElseThrow(() -> Refusals.notFound(id(order))));
        DeploymentActions.Verdict verdict = DeploymentActions.schedulable(order.operation(), d.getName(), d.getState());
        if (!verdict.allowed()) {
            throw new FieldRefusal(verdict.code(), Category.CONFLICT, "deploymentId", verdict.reason());
        }
        return d;
    }

    private static UUID id(JobOrder order) {
        return order.deploymentId().orElseThrow(() -> missing("deploymentId", "the deployment to act on"));
    }

    private static ChainlineException missing(String field, String what) {
        return new FieldRefusal("DEPLOYMENT-JOB-INCOMPLETE", Category.INVALID, field, "Choose " + what + ".");
    }
}
