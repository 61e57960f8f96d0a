package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.Operation;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A deployment job described for later: what a schedule keeps and hands back when it is due.
 *
 * @param deploymentId the deployment it acts on; empty for a deploy, which creates {@code deploymentName}
 * @param chainId the chain version to deploy or upgrade to
 * @param settings a deploy's settings
 * @param nf the network function a scale acts on, with its {@code level} or {@code aspects}
 * @param workload the workload a heal recreates
 */
public record JobOrder(
        Operation operation,
        Optional<UUID> deploymentId,
        String deploymentName,
        Optional<UUID> chainId,
        Optional<DeploymentSettings> settings,
        Optional<String> nf,
        Optional<String> level,
        Map<String, Integer> aspects,
        Optional<String> workload) {

    public JobOrder {
        deploymentId = deploymentId == null ? Optional.empty() : deploymentId;
        deploymentName = deploymentName == null ? "" : deploymentName.strip();
        chainId = chainId == null ? Optional.empty() : chainId;
        settings = settings == null ? Optional.empty() : settings;
        if (operation == Operation.INSTANTIATE && settings.isEmpty()) {
            settings = Optional.of(DeploymentSettings.defaults());
        }
        nf = nf == null ? Optional.empty() : nf;
        level = level == null ? Optional.empty() : level;
        aspects = aspects == null ? Map.of() : Map.copyOf(aspects);
        workload = workload == null ? Optional.empty() : workload;
    }

    /** In words, for lists and audit records. */
    public String describe() {
        return switch (operation) {
            case INSTANTIATE -> "deploy " + deploymentName;
            case SCALE ->
                "scale " + nf.orElse("?") + " of " + deploymentName + " to "
                        + level.map(l -> "level " + l).orElse("aspects " + aspects);
            case UPGRADE -> "upgrade " + deploymentName;
            case HEAL -> "heal " + workload.orElse("?") + " of " + deploymentName;
            case RECONCILE -> "reconcile " + deploymentName;
            case TERMINATE -> "terminate " + deploymentName;
        };
    }
}
