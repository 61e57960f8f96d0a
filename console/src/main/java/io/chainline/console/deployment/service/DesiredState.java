package io.chainline.console.deployment.service;

import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.TargetKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state a deployment should have: where each VDU goes and why, and what each target should run (images pinned to
 * digests). Jobs make targets match it; drift is measured against it.
 */
public record DesiredState(UUID chainId, String chainVersion, List<PlacedVdu> placements, List<TargetUnit> units) {

    public DesiredState {
        placements = List.copyOf(placements);
        units = List.copyOf(units);
    }

    /** One VDU's place: the target, architectures and nodes, the reasons, and the images it runs (pinned). */
    public record PlacedVdu(
            String nf,
            String vdu,
            int replicas,
            UUID targetId,
            String targetName,
            Set<String> architectures,
            List<String> nodes,
            List<String> reasons,
            List<String> images) {
        public PlacedVdu {
            architectures = Set.copyOf(architectures);
            nodes = List.copyOf(nodes);
            reasons = List.copyOf(reasons);
            images = List.copyOf(images);
        }

        public String workload() {
            return nf + "-" + vdu;
        }
    }

    /** What one target runs for this deployment. */
    public record TargetUnit(UUID targetId, String targetName, TargetKind kind, DeploymentUnit unit) {}

    public Optional<TargetUnit> unitOn(UUID targetId) {
        return units.stream().filter(u -> u.targetId().equals(targetId)).findFirst();
    }

    public int instances() {
        return placements.stream().mapToInt(PlacedVdu::replicas).sum();
    }

    /** "paris-k8s, lab-docker": where it runs, for audit records and messages. */
    public String targetNames() {
        return String.join(", ", units.stream().map(TargetUnit::targetName).toList());
    }
}
