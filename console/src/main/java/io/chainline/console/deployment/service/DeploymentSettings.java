package io.chainline.console.deployment.service;

import io.chainline.placement.PlacementPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operator chooses for a deployment besides the chain: where it may go, what happens on failure, whether
 * images must be signed, and how far each network function is scaled.
 *
 * @param targets target names it may use; empty: every target
 * @param targetLabels labels a target must carry; empty: any
 * @param overrides network function to the one target it must go to
 * @param onFailure what a failed job leaves behind
 * @param requireSignatures whether every container image must carry a cosign signature by one of {@code trustedKeys}
 * @param trustedKeys PEM public keys (ECDSA P-256/P-384, RSA or Ed25519), as {@code cosign.pub} holds them
 * @param levels network function to the instantiation level it runs at (instead of the chain's or the VNFD's default)
 * @param aspects network function to (scaling aspect to scale level)
 * @param readiness how long a step waits for its workloads to become ready
 * @param replicas network function to (VDU to the instance count an operator set directly), which wins over the
 *     level and aspects for that VDU (ADR 20)
 */
public record DeploymentSettings(
        Set<String> targets,
        Map<String, String> targetLabels,
        Map<String, String> overrides,
        FailurePolicy onFailure,
        Boolean requireSignatures,
        List<String> trustedKeys,
        Map<String, String> levels,
        Map<String, Map<String, Integer>> aspects,
        Duration readiness,
        Map<String, Map<String, Integer>> replicas) {

    public enum FailurePolicy {
        /** Remove what the failed job created, and restore what it changed. */
        ROLLBACK,
        /** Leave everything as it is, for inspection. */
        LEAVE
    }

    public static final Duration DEFAULT_READINESS = Duration.ofMinutes(3);

    public DeploymentSettings {
        targets = targets == null ? Set.of() : Set.copyOf(targets);
        targetLabels = targetLabels == null ? Map.of() : Map.copyOf(targetLabels);
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        onFailure = onFailure == null ? FailurePolicy.ROLLBACK : onFailure;
        requireSignatures = Boolean.TRUE.equals(requireSignatures); // absent from a request: not required
        trustedKeys = trustedKeys == null ? List.of() : List.copyOf(trustedKeys);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        aspects = aspects == null ? Map.of() : Map.copyOf(aspects);
        readiness = readiness == null ? DEFAULT_READINESS : readiness;
        replicas = replicas == null ? Map.of() : Map.copyOf(replicas);
    }

    /** Settings without replica counts set directly (what deploy requests carry). */
    public DeploymentSettings(
            Set<String> targets,
            Map<String, String> targetLabels,
            Map<String, String> overrides,
            FailurePolicy onFailure,
            Boolean requireSignatures,
            List<String> trustedKeys,
            Map<String, String> levels,
            Map<String, Map<String, Integer>> aspects,
            Duration readiness) {
        this(
                targets,
                targetLabels,
                overrides,
                onFailure,
                requireSignatures,
                trustedKeys,
                levels,
                aspects,
                readiness,
                Map.of());
    }

    public static DeploymentSettings defaults() {
        return new DeploymentSettings(null, null, null, null, null, null, null, null, null, null);
    }

    public PlacementPolicy policy() {
        return new PlacementPolicy(targets, targetLabels, overrides);
    }

    public DeploymentSettings withTargets(Set<String> names) {
        return new DeploymentSettings(
                names,
                targetLabels,
                overrides,
                onFailure,
                requireSignatures,
                trustedKeys,
                levels,
                aspects,
                readiness,
                replicas);
    }

    public DeploymentSettings withOverrides(Map<String, String> pins) {
        return new DeploymentSettings(
                targets,
                targetLabels,
                pins,
                onFailure,
                requireSignatures,
                trustedKeys,
                levels,
                aspects,
                readiness,
                replicas);
    }

    public DeploymentSettings withScale(Map<String, String> newLevels, Map<String, Map<String, Integer>> newAspects) {
        return new DeploymentSettings(
                targets,
                targetLabels,
                overrides,
                onFailure,
                requireSignatures,
                trustedKeys,
                newLevels,
                newAspects,
                readiness,
                replicas);
    }

    public DeploymentSettings withReplicas(Map<String, Map<String, Integer>> newReplicas) {
        return new DeploymentSettings(
                targets,
                targetLabels,
                overrides,
                onFailure,
                requireSignatures,
                trustedKeys,
                levels,
                aspects,
                readiness,
                newReplicas);
    }

    /** The instance count set directly for one VDU of a network function, if any. */
    public java.util.Optional<Integer> replicasOf(String nf, String vdu) {
        return java.util.Optional.ofNullable(replicas.getOrDefault(nf, Map.of()).get(vdu));
    }
}
