package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deployment flavour: its VDUs, storage, connection points, virtual links, what it exposes to the outside, how
 * it scales and the placement rules between its parts.
 *
 * @param exposed the substitution mapping's requirements: how the outside connects to this flavour
 * @param initialDeltas instances per VDU at scale level 0 ({@code VduInitialDelta})
 * @param placementGroups {@code PlacementGroup} name to members, for rules that target groups
 * @param lcmOperations the {@code Vnflcm} operations the VNF implements, kept in name order
 */
public record Flavour(
        String id,
        String description,
        List<Vdu> vdus,
        List<Storage> storages,
        List<VduCp> cps,
        List<VirtualLink> virtualLinks,
        List<ExtCp> extCps,
        List<ExposedRequirement> exposed,
        List<ScalingAspect> scalingAspects,
        Map<String, Integer> initialDeltas,
        List<InstantiationLevel> levels,
        Optional<String> defaultLevel,
        Map<String, List<String>> placementGroups,
        List<PlacementRule> placementRules,
        List<String> lcmOperations) {

    public Flavour {
        vdus = List.copyOf(vdus);
        storages = List.copyOf(storages);
        cps = List.copyOf(cps);
        virtualLinks = List.copyOf(virtualLinks);
        extCps = List.copyOf(extCps);
        exposed = List.copyOf(exposed);
        scalingAspects = List.copyOf(scalingAspects);
        initialDeltas = Maps.sorted(initialDeltas);
        levels = List.copyOf(levels);
        placementGroups = Maps.sorted(placementGroups);
        placementRules = List.copyOf(placementRules);
        lcmOperations = List.copyOf(new java.util.TreeSet<>(lcmOperations)); // a set: order carries no meaning
    }
}
