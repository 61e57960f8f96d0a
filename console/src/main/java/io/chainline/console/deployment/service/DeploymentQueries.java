package io.chainline.console.deployment.service;

import io.chainline.console.base.service.Cursor;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJob;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.JobEventRepository;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.JobStepRepository;
import io.chainline.console.deployment.domain.StepProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads deployments, jobs, steps and events for views and the API. */
@Service
@Transactional(readOnly = true)
public class DeploymentQueries {

    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final JobStepRepository steps;
    private final JobEventRepository events;
    private final DeploymentJson json;
    private final LiveStatus live;
    private final DriftService drift;
    private final ChainBlueprint blueprints;

    DeploymentQueries(
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            JobStepRepository steps,
            JobEventRepository events,
            DeploymentJson json,
            LiveStatus live,
            DriftService drift,
            ChainBlueprint blueprints) {
        this.deployments = deployments;
        this.jobs = jobs;
        this.steps = steps;
        this.events = events;
        this.json = json;
        this.live = live;
        this.drift = drift;
        this.blueprints = blueprints;
    }

    /** How a network function can be scaled: its instantiation levels, and its aspects with their maximum level. */
    public record ScaleOptions(String nf, List<String> levels, java.util.Map<String, Integer> aspects) {}

    public List<ScaleOptions> scaleOptions(UUID id) {
        Deployment d = deployments.findById(id).orElseThrow(() -> Refusals.notFound(id));
        return blueprints.load(d.getChainId(), true).nfs().stream()
                .map(nf -> new ScaleOptions(
                        nf.name(),
                        nf.flavour().levels().stream()
                                .map(io.chainline.tosca.model.InstantiationLevel::id)
                                .toList(),
                        nf.flavour().scalingAspects().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        io.chainline.tosca.model.ScalingAspect::id,
                                        io.chainline.tosca.model.ScalingAspect::maxScaleLevel,
                                        (a, b) -> a,
                                        java.util.TreeMap::new))))
                .toList();
    }

    /** One VDU's instance count as it runs, and the range its VDU profile allows: the deployment page's replicas. */
    public record ReplicaRange(String nf, String vdu, String workload, int current, int min, int max) {}

    public List<ReplicaRange> replicas(UUID id) {
        Deployment d = deployments.findById(id).orElseThrow(() -> Refusals.notFound(id));
        DesiredState desired = json.read(d.getDesiredJson(), DesiredState.class);
        List<ReplicaRange> ranges = new java.util.ArrayList<>();
        for (ChainBlueprint.Nf nf : blueprints.load(d.getChainId(), true).nfs()) {
            for (io.chainline.tosca.model.Vdu vdu : nf.flavour().vdus()) {
                String name = Names.dns(vdu.name());
                desired.placements().stream()
                        .filter(p -> p.nf().equals(nf.name()) && p.vdu().equals(name))
                        .findFirst()
                        .ifPresent(p -> ranges.add(new ReplicaRange(
                                nf.name(), name, p.workload(), p.replicas(), Scaling.min(vdu), Scaling.max(vdu))));
            }
        }
        return ranges;
    }

    /** Every deployment, newest first: three statements whatever the number (rows, last jobs, their progress). */
    public List<DeploymentViews.DeploymentSummary> list() {
        return summaries(deployments.findAllByOrderByCreatedAtDesc());
    }

    /**
     * One page of deployments, newest first, after the {@code after} marker: the same three statements for a page of
     * one or of five hundred.
     */
    public Cursor.Page<DeploymentViews.DeploymentSummary> page(int limit, Optional<Cursor> after) {
        Pageable oneMore = PageRequest.ofSize(limit + 1);
        List<Deployment> rows = after.map(c -> deployments.pageAfter(c.instant(), c.id(), oneMore))
                .orElseGet(() -> deployments.firstPage(oneMore));
        Cursor.Page<Deployment> page = Cursor.Page.of(rows, limit, d -> Cursor.of(d.getCreatedAt(), d.getId()));
        return new Cursor.Page<>(summaries(page.rows()), page.next());
    }

    /** Summaries of these deployments with their last jobs and progress read in two grouped queries, not per row. */
    private List<DeploymentViews.DeploymentSummary> summaries(List<Deployment> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, DeploymentJob> last = new HashMap<>();
        for (DeploymentJob j :
                jobs.latestOf(rows.stream().map(Deployment::getId).toList())) {
            last.merge(j.getDeploymentId(), j, (a, b) -> a.getId().compareTo(b.getId()) >= 0 ? a : b);
        }
        Map<UUID, DeploymentViews.JobSummary> lastJobs = withProgress(List.copyOf(last.values())).stream()
                .collect(Collectors.toMap(DeploymentViews.JobSummary::deploymentId, j -> j));
        return rows.stream()
                .map(d -> summary(d, Optional.ofNullable(lastJobs.get(d.getId()))))
                .toList();
    }

    public boolean exists(UUID id) {
        return deployments.existsById(id);
    }

    public Optional<DeploymentViews.DeploymentSummary> findByName(String name) {
        return deployments.findByName(name).map(this::summary);
    }

    public DeploymentViews.DeploymentDetail detail(UUID id) {
        Deployment d = deployments.findById(id).orElseThrow(() -> Refusals.notFound(id));
        return new DeploymentViews.DeploymentDetail(
                summary(d),
                json.read(d.getSettingsJson(), DeploymentSettings.class),
                json.read(d.getDesiredJson(), DesiredState.class),
                live.stored(d),
                drift.stored(d),
                d.getDriftCheckedAt(),
                withProgress(jobs.findByDeploymentIdOrderByCreatedAtDesc(id)));
    }

    /** Job summaries with their step counts from one grouped query, not one query of steps per job. */
    private List<DeploymentViews.JobSummary> withProgress(List<DeploymentJob> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, StepProgress> progress = steps
                .progressOf(list.stream().map(DeploymentJob::getId).toList(), DeploymentViews.JobSummary.FINISHED)
                .stream()
                .collect(Collectors.toMap(StepProgress::jobId, p -> p));
        return list.stream().map(j -> summaryOf(j, progress.get(j.getId()))).toList();
    }

    private static DeploymentViews.JobSummary summaryOf(DeploymentJob job, StepProgress progress) {
        return progress == null
                ? DeploymentViews.JobSummary.of(job, 0, 0)
                : DeploymentViews.JobSummary.of(
                        job, progress.done().intValue(), progress.total().intValue());
    }

    public DeploymentViews.JobDetail job(UUID jobId) {
        DeploymentJob job = jobs.findById(jobId).orElseThrow(() -> Refusals.jobNotFound(jobId));
        return new DeploymentViews.JobDetail(
                job(job),
                steps.findByJobIdOrderByPosition(jobId).stream()
                        .map(DeploymentViews.StepView::of)
                        .toList(),
                events.findByJobIdOrderBySeq(jobId).stream()
                        .map(DeploymentViews.EventView::of)
                        .toList());
    }

    /** The summaries of these jobs in two queries (a SOL005 operation occurrence page); unknown ids are absent. */
    public Map<UUID, DeploymentViews.JobSummary> jobSummaries(Collection<UUID> jobIds) {
        Map<UUID, List<JobStep>> stepsOf =
                steps.findByJobIdIn(jobIds).stream().collect(Collectors.groupingBy(JobStep::getJobId));
        Map<UUID, DeploymentViews.JobSummary> found = new HashMap<>();
        jobs.findAllById(jobIds)
                .forEach(job -> found.put(
                        job.getId(), DeploymentViews.JobSummary.of(job, stepsOf.getOrDefault(job.getId(), List.of()))));
        return found;
    }

    private DeploymentViews.JobSummary job(DeploymentJob job) {
        return DeploymentViews.JobSummary.of(job, steps.findByJobIdOrderByPosition(job.getId()));
    }

    /** A deployment's summary with its desired state, as a page of SOL005 NS instances shows them. */
    public record Deployed(DeploymentViews.DeploymentSummary summary, DesiredState desired) {}

    /** These deployments with their desired states, in four queries however many (unknown ids are absent). */
    public Map<UUID, Deployed> deployed(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DeploymentJob> last = lastJobs(ids);
        Map<UUID, List<JobStep>> stepsOf = last.isEmpty()
                ? Map.of()
                : steps
                        .findByJobIdIn(
                                last.values().stream().map(DeploymentJob::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(JobStep::getJobId));
        Map<UUID, Deployed> found = new HashMap<>();
        deployments.findAllById(ids).forEach(d -> {
            Optional<DeploymentViews.JobSummary> job = Optional.ofNullable(last.get(d.getId()))
                    .map(j -> DeploymentViews.JobSummary.of(j, stepsOf.getOrDefault(j.getId(), List.of())));
            found.put(d.getId(), new Deployed(summary(d, job), json.read(d.getDesiredJson(), DesiredState.class)));
        });
        return found;
    }

    /** The newest job of each deployment that has one, in two queries (a grouped max, then those jobs). */
    private Map<UUID, DeploymentJob> lastJobs(Collection<UUID> ids) {
        Map<UUID, Instant> newest = new HashMap<>();
        jobs.findLastCreated(ids).forEach(row -> newest.put((UUID) row[0], (Instant) row[1]));
        Map<UUID, DeploymentJob> last = new HashMap<>();
        if (newest.isEmpty()) {
            return last;
        }
        jobs.findByDeploymentIdInAndCreatedAtIn(newest.keySet(), Set.copyOf(newest.values())).stream()
                .filter(j -> j.getCreatedAt().equals(newest.get(j.getDeploymentId())))
                .forEach(j -> last.putIfAbsent(j.getDeploymentId(), j));
        return last;
    }

    private DeploymentViews.DeploymentSummary summary(Deployment d) {
        return summary(
                d,
                jobs.findByDeploymentIdOrderByCreatedAtDesc(d.getId()).stream()
                        .findFirst()
                        .map(this::job));
    }

    private DeploymentViews.DeploymentSummary summary(Deployment d, Optional<DeploymentViews.JobSummary> lastJob) {
        DesiredState desired = json.read(d.getDesiredJson(), DesiredState.class);
        return new DeploymentViews.DeploymentSummary(
                d.getId(),
                d.getName(),
                d.getChainId(),
                d.getChainName(),
                d.getChainVersion(),
                d.getState(),
                desired.instances(),
                desired.units().stream()
                        .map(DesiredState.TargetUnit::targetName)
                        .toList(),
                lastJob,
                drift.stored(d).size(),
                d.getCreatedAt(),
                d.getCreatedBy(),
                d.getUpdatedAt(),
                d.getVersion());
    }
}
