package io.chainline.console.deployment.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJob;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.JobStepRepository;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentActions.Action;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators do to deployments: plan, deploy, scale, heal, upgrade, reconcile, terminate, cancel and retry. Each
 * change is planned first (nothing changes while planning), then recorded as a job with its steps and run by the
 * {@link JobRunner}; one job at a time per deployment.
 */
@Service
public class DeploymentService {

    private final DeploymentPlanner planner;
    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final JobStepRepository steps;
    private final DeploymentJson json;
    private final JobRunner runner;
    private final JobLedger ledger;
    private final AuditLog audit;
    private final MaintenanceGate gate;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JobFaults jobFaults;
    private final SubnetLedger subnets;

    DeploymentService(
            DeploymentPlanner planner,
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            JobStepRepository steps,
            DeploymentJson json,
            JobRunner runner,
            JobLedger ledger,
            AuditLog audit,
            MaintenanceGate gate,
            TransactionTemplate tx,
            Clock clock,
            JobFaults jobFaults,
            SubnetLedger subnets) {
        this.planner = planner;
        this.deployments = deployments;
        this.jobs = jobs;
        this.steps = steps;
        this.json = json;
        this.runner = runner;
        this.ledger = ledger;
        this.audit = audit;
        this.gate = gate;
        this.tx = tx;
        this.clock = clock;
        this.jobFaults = jobFaults;
        this.subnets = subnets;
    }

    /** The plan for a new deployment: nothing is created. */
    public DeploymentPlan plan(String name, UUID chainId, DeploymentSettings settings) {
        requireFreeName(name);
        return planner.plan(name, chainId, settings, Optional.empty());
    }

    /** Plans again and, when everything fits, records the deployment and starts its instantiation. */
    public DeploymentViews.JobSummary deploy(String name, UUID chainId, DeploymentSettings settings, String actor) {
        return deploy(name, chainId, settings, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary deploy(
            String name, UUID chainId, DeploymentSettings settings, String actor, JobOrigin origin) {
        DeploymentPlan plan = Refusals.requireDeployable(plan(name, chainId, settings));
        DesiredState desired = plan.desired().orElseThrow();
        UUID id = UUID.randomUUID();
        Runnable create = () -> {
            Deployment deployment = new Deployment(id, name, actor, clock.instant());
            deployment.describe(
                    chainId, plan.chain().name(), plan.chain().nsVersion(), json.write(settings), json.write(desired));
            deployments.saveAndFlush(deployment);
            subnets.reserve(name, desired);
            audit.record(
                    actor,
                    "deployment.created",
                    "deployment",
                    id.toString(),
                    name + " of " + plan.chain().name() + " " + plan.chain().nsVersion() + " on "
                            + desired.targetNames());
        };
        return start(
                id,
                Operation.INSTANTIATE,
                new JobRequest(
                        desired,
                        settings,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "instantiate"),
                plan.targets(),
                actor,
                origin,
                create);
    }

    /** Plans a scale: the network function's instantiation level or aspect levels change, nothing moves. */
    public DeploymentPlan planScale(UUID id, String nf, Optional<String> level, Map<String, Integer> aspects) {
        Deployment d = load(id);
        return planner.plan(
                d.getName(),
                d.getChainId(),
                ScaleSettings.byLevel(settings(d), nf, level, aspects),
                Optional.of(desired(d)));
    }

    /**
     * Plans one VDU at an instance count set directly, the simple path of ADR 20: the rest of the network function
     * keeps its level or aspects.
     */
    public DeploymentPlan planReplicas(UUID id, String nf, String vdu, int replicas) {
        Deployment d = load(id);
        Refusals.requireWorkload(d.getName(), desired(d), nf + "-" + vdu, "scale");
        return planner.plan(
                d.getName(),
                d.getChainId(),
                ScaleSettings.byReplicas(settings(d), nf, vdu, replicas),
                Optional.of(desired(d)));
    }

    /** Runs one VDU at the given number of instances (a scale job). */
    public DeploymentViews.JobSummary scaleReplicas(UUID id, String nf, String vdu, int replicas, String actor) {
        require(Action.SCALE, load(id));
        DeploymentPlan plan = Refusals.requireDeployable(planReplicas(id, nf, vdu, replicas));
        return change(
                id,
                Operation.SCALE,
                plan,
                Optional.empty(),
                "scale " + nf + "-" + vdu + " to " + replicas + " instance" + (replicas == 1 ? "" : "s"),
                actor,
                JobOrigin.immediate());
    }

    public DeploymentViews.JobSummary scale(
            UUID id, String nf, Optional<String> level, Map<String, Integer> aspects, String actor) {
        return scale(id, nf, level, aspects, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary scale(
            UUID id, String nf, Optional<String> level, Map<String, Integer> aspects, String actor, JobOrigin origin) {
        DeploymentPlan plan = Refusals.requireDeployable(planScale(id, nf, level, aspects));
        return change(
                id,
                Operation.SCALE,
                plan,
                Optional.empty(),
                "scale " + nf + " to " + level.map(l -> "level " + l).orElse("aspects " + aspects),
                actor,
                origin);
    }

    public DeploymentPlan planUpgrade(UUID id, UUID chainId) {
        Deployment d = load(id);
        return planner.plan(d.getName(), chainId, settings(d), Optional.of(desired(d)));
    }

    public DeploymentViews.JobSummary upgrade(UUID id, UUID chainId, String actor) {
        return upgrade(id, chainId, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary upgrade(UUID id, UUID chainId, String actor, JobOrigin origin) {
        DeploymentPlan plan = Refusals.requireDeployable(planUpgrade(id, chainId));
        return change(
                id,
                Operation.UPGRADE,
                plan,
                Optional.of(plan.chain().name()),
                "upgrade to " + plan.chain().name() + " " + plan.chain().nsVersion(),
                actor,
                origin);
    }

    public DeploymentViews.JobSummary reconcile(UUID id, String actor) {
        return reconcile(id, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary reconcile(UUID id, String actor, JobOrigin origin) {
        Deployment d = load(id);
        require(Action.RECONCILE, d);
        DesiredState desired = desired(d);
        return start(
                id,
                Operation.RECONCILE,
                new JobRequest(
                        desired,
                        settings(d),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "reconcile drift"),
                List.of(),
                actor,
                origin,
                () -> {});
    }

    public DeploymentViews.JobSummary heal(UUID id, String workload, String actor) {
        return heal(id, workload, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary heal(UUID id, String workload, String actor, JobOrigin origin) {
        Deployment d = load(id);
        require(Action.HEAL, d);
        DesiredState desired = desired(d);
        Refusals.requireWorkload(d.getName(), desired, workload, "heal");
        return start(
                id,
                Operation.HEAL,
                new JobRequest(
                        desired,
                        settings(d),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(workload),
                        Optional.empty(),
                        "heal " + workload),
                List.of(),
                actor,
                origin,
                () -> {});
    }

    public DeploymentViews.JobSummary terminate(UUID id, String actor) {
        return terminate(id, actor, JobOrigin.immediate());
    }

    DeploymentViews.JobSummary terminate(UUID id, String actor, JobOrigin origin) {
        Deployment d = load(id);
        require(Action.TERMINATE, d);
        return start(
                id,
                Operation.TERMINATE,
                new JobRequest(
                        desired(d),
                        settings(d),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "terminate"),
                List.of(),
                actor,
                origin,
                () -> {});
    }

    public void cancel(UUID jobId, String actor) {
        DeploymentJob job = tx.execute(s -> jobs.findById(jobId).orElseThrow(() -> Refusals.jobNotFound(jobId)));
        Refusals.require(Action.CANCEL_JOB, Refusals.facts(load(job.getDeploymentId()), Optional.of(job), 0));
        tx.executeWithoutResult(s -> {
            jobs.requestCancel(jobId);
            audit.record(
                    actor,
                    "job.cancel-requested",
                    "deployment",
                    job.getDeploymentId().toString(),
                    job.getOperation() + " job " + jobId);
        });
    }

    /** Runs a failed job again from the step that failed (SOL005 retry). */
    public DeploymentViews.JobSummary retry(UUID jobId, String actor) {
        DeploymentJob job = tx.execute(s -> jobs.findById(jobId).orElseThrow(() -> Refusals.jobNotFound(jobId)));
        Refusals.require(Action.RETRY_JOB, Refusals.facts(load(job.getDeploymentId()), Optional.of(job), 0));
        ledger.requeue(jobId);
        tx.executeWithoutResult(s -> audit.record(
                actor,
                "job.retried",
                "deployment",
                job.getDeploymentId().toString(),
                job.getOperation() + " job " + jobId));
        runner.submit(jobId);
        return tx.execute(s -> DeploymentViews.JobSummary.of(
                jobs.findById(jobId).orElseThrow(), steps.findByJobIdOrderByPosition(jobId)));
    }

    /** Removes a deployment's record; only once nothing of it runs. */
    public void delete(UUID id, String actor) {
        tx.executeWithoutResult(s -> {
            Deployment d = deployments.findById(id).orElseThrow(() -> Refusals.notFound(id));
            require(Action.DELETE, d);
            deployments.delete(d);
            subnets.release(d.getName());
            audit.record(actor, "deployment.deleted", "deployment", id.toString(), d.getName());
        });
        jobFaults.deploymentDeleted(id);
    }

    private DeploymentViews.JobSummary change(
            UUID id,
            Operation op,
            DeploymentPlan plan,
            Optional<String> chainName,
            String reason,
            String actor,
            JobOrigin origin) {
        Deployment d = load(id);
        require(op == Operation.SCALE ? Action.SCALE : Action.UPGRADE, d);
        JobRequest request = new JobRequest(
                plan.desired().orElseThrow(),
                plan.settings().withOverrides(settings(d).overrides()),
                Optional.of(desired(d)),
                Optional.of(settings(d)),
                Optional.empty(),
                chainName,
                reason);
        return start(
                id, op, request, plan.targets(), actor, origin, () -> subnets.reserve(d.getName(), request.desired()));
    }

    /**
     * Records the job (after {@code first}, in the same transaction: a deploy's new deployment) and hands it to the
     * runner.
     */
    private DeploymentViews.JobSummary start(
            UUID deploymentId,
            Operation op,
            JobRequest request,
            List<DeploymentPlan.TargetPlan> plans,
            String actor,
            JobOrigin origin,
            Runnable first) {
        if (!origin.windowsChecked()) {
            gate.requireOpen(request, plans);
        }
        UUID jobId = origin.jobId();
        DeploymentViews.JobSummary summary = tx.execute(s -> {
            first.run();
            ledger.requireIdle(deploymentId);
            DeploymentJob job = new DeploymentJob(jobId, deploymentId, op, json.write(request), actor, clock.instant());
            jobs.save(job);
            var created = steps.saveAll(JobFactory.steps(jobId, op, request, plans));
            audit.record(
                    actor,
                    "deployment." + op.name().toLowerCase(),
                    "deployment",
                    deploymentId.toString(),
                    request.reason() + " (job " + jobId + ")");
            return DeploymentViews.JobSummary.of(job, created);
        });
        runner.submit(jobId);
        return summary;
    }

    private void requireFreeName(String name) {
        DeploymentPlanner.requireName(name);
        if (Boolean.TRUE.equals(tx.execute(s -> deployments.existsByName(name)))) {
            throw Refusals.nameTaken(name);
        }
    }

    /** Refuses, with the same words the deployment page's disabled buttons show, what cannot apply now. */
    private void require(Action action, Deployment d) {
        Refusals.require(
                action,
                tx.execute(s -> Refusals.facts(
                        d,
                        jobs.findByDeploymentIdOrderByCreatedAtDesc(d.getId()).stream()
                                .findFirst(),
                        json.readList(d.getDriftJson(), DriftService.DriftItem.class)
                                .size())));
    }

    private Deployment load(UUID id) {
        return tx.execute(s -> deployments.findById(id).orElseThrow(() -> Refusals.notFound(id)));
    }

    private DesiredState desired(Deployment d) {
        return json.read(d.getDesiredJson(), DesiredState.class);
    }

    private DeploymentSettings settings(Deployment d) {
        return json.read(d.getSettingsJson(), DeploymentSettings.class);
    }
}
