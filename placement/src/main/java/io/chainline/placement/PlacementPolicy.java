package io.chainline.placement;

import java.util.Map;
import java.util.Set;

/**
 * Where a deployment may go.
 *
 * @param targets the candidate targets by name; empty: every target
 * @param targetLabels labels a target must carry (site=paris, tier=edge); empty: no restriction
 * @param overrides network function to the one target it must go to
 */
public record PlacementPolicy(Set<String> targets, Map<String, String> targetLabels, Map<String, String> overrides) {

    public static final PlacementPolicy ANYWHERE = new PlacementPolicy(Set.of(), Map.of(), Map.of());

    public PlacementPolicy {
        targets = Set.copyOf(targets);
        targetLabels = Map.copyOf(targetLabels);
        overrides = Map.copyOf(overrides);
    }
}
