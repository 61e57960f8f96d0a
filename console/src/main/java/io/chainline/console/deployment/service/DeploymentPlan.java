package io.chainline.console.deployment.service;

import io.chainline.connector.api.Plan;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.placement.Decision;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What deploying would do, before anything changes: where each VDU goes and why (or why nowhere), the images by
 * digest, and each target's actions with their differences against what is live.
 *
 * @param problems what blocks it, in operator language; empty when it can run
 * @param notes what the operator should know but does not block it (a chain hop that crosses targets)
 */
public record DeploymentPlan(
        String name,
        ChainSummary chain,
        DeploymentSettings settings,
        List<Decision> decisions,
        List<ImageGate.Facts> images,
        List<TargetPlan> targets,
        Optional<DesiredState> desired,
        List<String> problems,
        List<String> notes) {

    public DeploymentPlan {
        decisions = List.copyOf(decisions);
        images = List.copyOf(images);
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** One target's part: what its connector would do, or why it could not say. */
    public record TargetPlan(
            UUID targetId,
            String targetName,
            TargetKind kind,
            boolean removal,
            List<Plan.Action> actions,
            String error) {
        public TargetPlan {
            actions = List.copyOf(actions);
        }

        public long changes() {
            return actions.stream()
                    .filter(a -> a.change() != Plan.Change.UNCHANGED)
                    .count();
        }
    }

    public boolean deployable() {
        return problems.isEmpty() && desired.isPresent();
    }
}
