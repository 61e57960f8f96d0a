package io.chainline.placement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The decisions for a whole deployment, in the order the demands were given. */
public record PlacementResult(List<Decision> decisions) {

    public PlacementResult {
        decisions = List.copyOf(decisions);
    }

    public boolean complete() {
        return decisions.stream().allMatch(Decision::placed);
    }

    public List<Decision> unplaced() {
        return decisions.stream().filter(d -> !d.placed()).toList();
    }

    /** The placed decisions grouped by target id, in first-use order. */
    public Map<String, List<Decision>> byTarget() {
        Map<String, List<Decision>> grouped = new LinkedHashMap<>();
        for (Decision d : decisions) {
            d.choice()
                    .ifPresent(c -> grouped.computeIfAbsent(c.targetId(), k -> new java.util.ArrayList<>())
                            .add(d));
        }
        return grouped;
    }
}
