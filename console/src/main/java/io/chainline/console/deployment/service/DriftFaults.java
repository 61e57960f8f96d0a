package io.chainline.console.deployment.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import java.util.List;
import java.util.UUID;

/**
 * Drift as a fault: one MINOR alarm per deployment and target, "Drift: N resources differ from the design", with the
 * first differences in its details. Accepted drift never reaches here (DriftService leaves it out), and a target that
 * could not be checked is no drift: the target's own alarm says why.
 */
final class DriftFaults {

    static final String SOURCE = "drift";
    private static final int SHOWN = 5;

    private DriftFaults() {}

    static FaultScope scope(UUID deploymentId, UUID targetId) {
        return FaultScope.of(SOURCE, deploymentId + ":" + targetId);
    }

    /** The faults of one target's drift items (only that target's, and only checked ones). */
    static List<Fault> of(UUID deploymentId, String deploymentName, UUID targetId, List<DriftService.DriftItem> drift) {
        List<DriftService.DriftItem> found = drift.stream()
                .filter(d -> d.targetId().equals(targetId) && !d.key().isEmpty())
                .toList();
        if (found.isEmpty()) {
            return List.of();
        }
        String targetName = found.getFirst().targetName();
        StringBuilder details = new StringBuilder();
        found.stream()
                .limit(SHOWN)
                .forEach(d -> details.append(label(d.change()))
                        .append(' ')
                        .append(d.resource())
                        .append(d.differences().isEmpty() ? "" : ": " + String.join("; ", d.differences()))
                        .append(". "));
        if (found.size() > SHOWN) {
            details.append("and ").append(found.size() - SHOWN).append(" more.");
        }
        return List.of(new Fault(
                "drift",
                Fault.ManagedObject.deployment(deploymentId, deploymentName),
                new Fault.Resource(Fault.Resource.Kind.DEPLOYMENT, deploymentName, "", targetId),
                Fault.Severity.MINOR,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                "Drift: " + found.size() + (found.size() == 1 ? " resource differs" : " resources differ")
                        + " from the design",
                "On " + targetName + ": " + details.toString().strip()));
    }

    /** "Create", "Update", "Delete": what reconciling would do to it. */
    private static String label(String change) {
        return switch (change) {
            case "CREATE" -> "Missing (reconcile creates)";
            case "DELETE" -> "Extra (reconcile removes)";
            case "UPDATE" -> "Changed";
            default -> change.charAt(0) + change.substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
