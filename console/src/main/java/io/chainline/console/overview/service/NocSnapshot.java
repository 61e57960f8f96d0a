package io.chainline.console.overview.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentDigest.DeploymentLine;
import io.chainline.console.deployment.service.DeploymentViews.JobSummary;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.service.FleetHealth.Nodes;
import io.chainline.console.fleet.service.FleetHealth.TargetHealth;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.schedule.service.UpcomingRuns.NextRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the NOC wall screen shows, read at one instant ({@link #at}): every list already in the order an operator reads
 * it (worst first), and cut to what fits, with the full counts beside it.
 */
public record NocSnapshot(
        Instant at,
        List<Site> sites,
        Alarms alarms,
        Deployments deployments,
        List<RunningJob> jobs,
        List<WindowLine> windows,
        List<NextRun> runs) {

    public NocSnapshot {
        sites = List.copyOf(sites);
        jobs = List.copyOf(jobs);
        windows = List.copyOf(windows);
        runs = List.copyOf(runs);
    }

    /** The label of targets without a site. */
    public static final String NO_SITE = "No site";

    /** The targets of one site (or of none: {@link #NO_SITE}), with their nodes counted per architecture. */
    public record Site(String name, List<TargetHealth> targets, Map<String, Nodes> nodes) {
        public Site {
            targets = List.copyOf(targets);
            nodes = Map.copyOf(nodes);
        }

        public long count(Health health) {
            return targets.stream().filter(t -> t.health() == health).count();
        }
    }

    /**
     * Active alarms: how many per severity (every severity, zero when none), the worst and newest few, and the newest
     * one whatever its severity (what just happened).
     */
    public record Alarms(Map<Severity, Long> bySeverity, long total, List<AlarmLine> top, Optional<AlarmLine> latest) {
        public Alarms {
            bySeverity = Map.copyOf(bySeverity);
            top = List.copyOf(top);
        }
    }

    /**
     * One active alarm with what it breaks: the deployment's chain, and the target and site it runs on.
     *
     * @param chainName the chain of the deployment it is on, empty when it is not on a deployment
     * @param targetName the target its resource runs on (or that it is on), empty when unknown
     * @param site that target's site, empty when unknown or none
     */
    public record AlarmLine(
            UUID id,
            Severity severity,
            Instant raisedAt,
            String probableCause,
            String details,
            Fault.ManagedObject object,
            Fault.Resource resource,
            String chainName,
            Optional<UUID> targetId,
            String targetName,
            String site,
            boolean acknowledged) {

        /** The deployment it is on, if it is on one. */
        public Optional<UUID> deploymentId() {
            return object.kind() == Fault.ManagedObject.Kind.DEPLOYMENT ? Optional.of(object.id()) : Optional.empty();
        }
    }

    /** Deployments by condition, worst first, with how many there are per condition. */
    public record Deployments(Map<Condition, Long> byCondition, List<DeploymentStatus> all) {
        public Deployments {
            byCondition = Map.copyOf(byCondition);
            all = List.copyOf(all);
        }

        /** The deployments whose live resources differ from what they should be, worst first. */
        public List<DeploymentStatus> drifted() {
            return all.stream().filter(d -> d.line().drifted() > 0).toList();
        }
    }

    /** What a NOC reads first about a deployment, worst first. */
    public enum Condition {
        FAILED("Failed"),
        DEGRADED("Degraded"),
        CHANGING("Changing"),
        HEALTHY("Healthy"),
        INACTIVE("Not running");

        private final String label;

        Condition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A deployment with its condition and its worst active alarm. */
    public record DeploymentStatus(DeploymentLine line, Condition condition, Optional<Severity> worst) {

        public DeploymentState state() {
            return line.state();
        }
    }

    /** A job that has not finished, with the deployment it works on. */
    public record RunningJob(JobSummary job, String deploymentName) {}

    /** A maintenance window's occurrence: open now, or the next ones. */
    public record WindowLine(String name, WindowKind kind, Instant start, Instant end, boolean openNow) {}
}
