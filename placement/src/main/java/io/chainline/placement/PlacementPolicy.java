package io.chainline.placement;

import java.util.Map;
import java.util.Set;

/**
 * Where a deployment may go.
 *
 * @param targets the candidate targets by name; empty: every target
 * @param targetLabels labels a target must carry (site=paris, tier=edge); empty: no restriction
 * @param overrides network function to the one target it must go to
 * @param keptInPlace the overrides that only keep a running network function where it runs (a scale or upgrade is not
 *     a migration), so its reason does not claim the user pinned it
 */
public record PlacementPolicy(
        Set<String> targets, Map<String, String> targetLabels, Map<String, String> overrides, Set<String> keptInPlace) {

    public static final PlacementPolicy ANYWHERE = new PlacementPolicy(Set.of(), Map.of(), Map.of());

    public PlacementPolicy {
        targets = Set.copyOf(targets);
        targetLabels = Map.copyOf(targetLabels);
        overrides = Map.copyOf(overrides);
        keptInPlace = Set.copyOf(keptInPlace);
    }

    public PlacementPolicy(Set<String> targets, Map<String, String> targetLabels, Map<String, String> overrides) {
        this(targets, targetLabels, overrides, Set.of());
    }

    /** The same policy, with these network functions' overrides marked as keeping them where they run. */
    public PlacementPolicy keeping(Set<String> running) {
        return new PlacementPolicy(targets, targetLabels, overrides, running);
    }
}
