package io.chainline.tosca.sol001;

import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.ScalingAspect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Writes a flavour's policies: scaling aspects and deltas, initial deltas, instantiation levels, placement rules. */
final class PolicyWriter {

    List<Object> write(Flavour flavour) {
        List<Object> policies = new ArrayList<>();
        if (!flavour.scalingAspects().isEmpty()) {
            Map<String, Object> aspects = new LinkedHashMap<>();
            flavour.scalingAspects().forEach(a -> aspects.put(a.id(), aspect(a)));
            policies.add(
                    policy("scaling_aspects", "tosca.policies.nfv.ScalingAspects", Map.of("aspects", aspects), null));
            for (ScalingAspect aspect : flavour.scalingAspects()) {
                aspect.vduDeltas()
                        .forEach((vdu, deltas) -> policies.add(policy(
                                vdu + "_" + aspect.id() + "_deltas",
                                "tosca.policies.nfv.VduScalingAspectDeltas",
                                Map.of("aspect", aspect.id(), "deltas", instances(deltas)),
                                List.of(vdu))));
            }
        }
        flavour.initialDeltas()
                .forEach((vdu, count) -> policies.add(policy(
                        vdu + "_initial_delta",
                        "tosca.policies.nfv.VduInitialDelta",
                        Map.of("initial_delta", Map.of("number_of_instances", count)),
                        List.of(vdu))));
        if (!flavour.levels().isEmpty()) {
            policies.addAll(levels(flavour));
        }
        for (PlacementRule rule : flavour.placementRules()) {
            policies.add(policy(rule.name(), rule.kind().policyType(), Map.of("scope", rule.scope()), rule.targets()));
        }
        return policies;
    }

    private static Map<String, Object> aspect(ScalingAspect aspect) {
        return YamlTree.map()
                .put("name", aspect.name())
                .put("description", aspect.description())
                .put("max_scale_level", aspect.maxScaleLevel())
                .nonEmpty("step_deltas", aspect.stepDeltas())
                .asMap();
    }

    private static List<Object> levels(Flavour flavour) {
        Map<String, Object> levels = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> perVdu = new TreeMap<>();
        for (InstantiationLevel level : flavour.levels()) {
            Map<String, Object> scaleInfo = new LinkedHashMap<>();
            level.scaleLevels().forEach((aspect, scale) -> scaleInfo.put(aspect, Map.of("scale_level", scale)));
            levels.put(
                    level.id(),
                    YamlTree.map()
                            .put("description", level.description())
                            .nonEmpty("scale_info", scaleInfo)
                            .asMap());
            level.vduInstances()
                    .forEach((vdu, count) -> perVdu.computeIfAbsent(vdu, v -> new LinkedHashMap<>())
                            .put(level.id(), count));
        }
        List<Object> policies = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("levels", levels);
        flavour.defaultLevel().ifPresent(level -> properties.put("default_level", level));
        policies.add(policy("instantiation_levels", "tosca.policies.nfv.InstantiationLevels", properties, null));
        for (String vdu : new TreeSet<>(perVdu.keySet())) {
            policies.add(policy(
                    vdu + "_instantiation_levels",
                    "tosca.policies.nfv.VduInstantiationLevels",
                    Map.of("levels", instances(perVdu.get(vdu))),
                    List.of(vdu)));
        }
        return policies;
    }

    private static Map<String, Object> instances(Map<String, Integer> counts) {
        Map<String, Object> result = new LinkedHashMap<>();
        counts.forEach((name, count) -> result.put(name, Map.of("number_of_instances", count)));
        return result;
    }

    static Map<String, Object> policy(String name, String type, Map<String, ?> properties, List<String> targets) {
        YamlTree policy = YamlTree.map().put("type", type).put("properties", properties);
        if (targets != null) {
            policy.put("targets", targets);
        }
        return Map.of(name, policy.asMap());
    }
}
