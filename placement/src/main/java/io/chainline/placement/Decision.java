package io.chainline.placement;

import io.chainline.connector.api.Architecture;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where one VDU goes, and why; or why it goes nowhere.
 *
 * @param rejections every candidate that could not take it, with the constraint that failed
 */
public record Decision(Demand demand, Optional<Choice> choice, List<Rejection> rejections) {

    public Decision {
        rejections = List.copyOf(rejections);
    }

    public boolean placed() {
        return choice.isPresent();
    }

    /**
     * @param architectures what the workload is pinned to on that target
     * @param nodes the node each instance is expected on, in instance order
     * @param reasons why this target, in the order an operator reads them
     */
    public record Choice(
            String targetId,
            String targetName,
            Set<Architecture> architectures,
            List<String> nodes,
            List<String> reasons) {
        public Choice {
            architectures = Set.copyOf(architectures);
            nodes = List.copyOf(nodes);
            reasons = List.copyOf(reasons);
        }
    }

    /** One line: {@code firewall/fw → edge-k8s (arm64) …} or {@code firewall/fw: nowhere — …}. */
    public String summary() {
        return choice.map(c -> demand.label() + " → " + c.targetName() + " " + c.architectures() + ": "
                        + String.join("; ", c.reasons()))
                .orElseGet(() -> demand.label() + ": no target fits — "
                        + (rejections.isEmpty()
                                ? "the fleet has no targets; register one under Fleet"
                                : String.join(
                                        "; ",
                                        rejections.stream()
                                                .map(Rejection::toString)
                                                .toList())));
    }
}
