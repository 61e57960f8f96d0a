package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which deployments the watcher observes on which target: every deployment that runs something (not terminated or
 * never instantiated) and has no active job, by the targets of its desired state. A running job observes when it
 * ends, against the state it adopts, so observing it meanwhile would only report its transient states as faults.
 */
@Component
class WatchedDeployments {

    /** States in which nothing of a deployment should run, so nothing of it is watched. */
    static final Set<DeploymentState> NOTHING_RUNS =
            EnumSet.of(DeploymentState.TERMINATED, DeploymentState.NOT_INSTANTIATED);

    /** One deployment's part on one target. */
    record Watched(UUID deploymentId, String name, DesiredState.TargetUnit unit) {
        UUID targetId() {
            return unit.targetId();
        }
    }

    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final DeploymentJson json;
    private final TransactionTemplate tx;

    WatchedDeployments(
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            DeploymentJson json,
            TransactionTemplate tx) {
        this.deployments = deployments;
        this.jobs = jobs;
        this.json = json;
        this.tx = tx;
    }

    /** What runs on each of {@code targets} now, by target. */
    Map<UUID, List<Watched>> on(Set<UUID> targets) {
        Map<UUID, List<Watched>> byTarget = new HashMap<>();
        if (targets.isEmpty()) {
            return byTarget;
        }
        List<DeploymentState> running =
                EnumSet.complementOf(EnumSet.copyOf(NOTHING_RUNS)).stream().toList();
        tx.executeWithoutResult(s -> deployments.findByStateIn(running).stream()
                .filter(d -> !jobs.existsByDeploymentIdAndStateIn(d.getId(), JobLedger.ACTIVE))
                .forEach(d -> units(d).stream()
                        .filter(w -> targets.contains(w.targetId()))
                        .forEach(w -> byTarget.computeIfAbsent(w.targetId(), k -> new ArrayList<>())
                                .add(w))));
        return byTarget;
    }

    /**
     * Whether the deployment still runs something on the target (whatever its jobs): an alarm of a deployment that
     * no longer does (terminated, deleted, moved off the target) is cleared.
     */
    boolean runsOn(UUID deploymentId, UUID targetId) {
        return Boolean.TRUE.equals(tx.execute(s -> deployments
                .findById(deploymentId)
                .filter(d -> !NOTHING_RUNS.contains(d.getState()))
                .map(d -> units(d).stream().anyMatch(w -> w.targetId().equals(targetId)))
                .orElse(false)));
    }

    private List<Watched> units(Deployment d) {
        return json.read(d.getDesiredJson(), DesiredState.class).units().stream()
                .map(u -> new Watched(d.getId(), d.getName(), u))
                .toList();
    }
}
