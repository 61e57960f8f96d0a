package io.chainline.tosca.sol001;

import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The flavour's policies: scaling aspects with their VDU deltas, instantiation levels, (anti-)affinity rules. */
final class PolicyReader {

    record Scaling(
            List<ScalingAspect> aspects,
            Map<String, Integer> initialDeltas,
            List<InstantiationLevel> levels,
            Optional<String> defaultLevel) {}

    Scaling scaling(Topology topology) {
        Map<String, Map<String, Map<String, Integer>>> deltasByAspect = new HashMap<>();
        for (Node policy : topology.policiesOf(NfvTypes.VDU_DELTAS)) {
            String aspect = policy.text("aspect").orElse("");
            Map<String, Integer> deltas = instances(policy.at("deltas"));
            for (String vdu : policy.listField("targets")) {
                deltasByAspect.computeIfAbsent(aspect, a -> new HashMap<>()).put(vdu, deltas);
            }
        }
        List<ScalingAspect> aspects = new ArrayList<>();
        for (Node policy : topology.policiesOf(NfvTypes.SCALING_ASPECTS)) {
            entries(policy.at("aspects"))
                    .forEach((id, aspect) -> aspects.add(new ScalingAspect(
                            id,
                            text(aspect, "name").orElse(id),
                            text(aspect, "description").orElse(""),
                            (int) Node.asLong(get(aspect, "max_scale_level")).orElse(0),
                            Node.strings(get(aspect, "step_deltas")),
                            deltasByAspect.getOrDefault(id, Map.of()))));
        }
        Map<String, Integer> initial = new LinkedHashMap<>();
        for (Node policy : topology.policiesOf(NfvTypes.VDU_INITIAL_DELTA)) {
            int instances =
                    (int) policy.integer("initial_delta", "number_of_instances").orElse(0);
            policy.listField("targets").forEach(vdu -> initial.put(vdu, instances));
        }
        return new Scaling(aspects, initial, levels(topology), defaultLevel(topology));
    }

    private static List<InstantiationLevel> levels(Topology topology) {
        Map<String, Map<String, Integer>> vduInstancesByLevel = new HashMap<>();
        for (Node policy : topology.policiesOf(NfvTypes.VDU_LEVELS)) {
            Map<String, Integer> perLevel = instances(policy.at("levels"));
            for (String vdu : policy.listField("targets")) {
                perLevel.forEach((level, count) -> vduInstancesByLevel
                        .computeIfAbsent(level, l -> new HashMap<>())
                        .put(vdu, count));
            }
        }
        List<InstantiationLevel> levels = new ArrayList<>();
        for (Node policy : topology.policiesOf(NfvTypes.INSTANTIATION_LEVELS)) {
            entries(policy.at("levels")).forEach((id, level) -> {
                Map<String, Integer> scaleLevels = new LinkedHashMap<>();
                entries(get(level, "scale_info"))
                        .forEach((aspect, info) -> scaleLevels.put(aspect, (int)
                                Node.asLong(get(info, "scale_level")).orElse(0)));
                levels.add(new InstantiationLevel(
                        id,
                        text(level, "description").orElse(""),
                        scaleLevels,
                        vduInstancesByLevel.getOrDefault(id, Map.of())));
            });
        }
        return levels;
    }

    private static Optional<String> defaultLevel(Topology topology) {
        return topology.policiesOf(NfvTypes.INSTANTIATION_LEVELS).stream()
                .map(p -> p.text("default_level"))
                .flatMap(Optional::stream)
                .findFirst();
    }

    List<PlacementRule> placementRules(Topology topology) {
        List<PlacementRule> rules = new ArrayList<>();
        for (Node policy : topology.policies()) {
            for (PlacementRule.Kind kind : PlacementRule.Kind.values()) {
                if (policy.is(kind.policyType())) {
                    rules.add(new PlacementRule(
                            policy.name(), kind, policy.text("scope").orElse(""), policy.listField("targets")));
                }
            }
        }
        return rules;
    }

    /** {@code {name: {number_of_instances: n}}} as name to n. */
    private static Map<String, Integer> instances(Optional<YNode> levels) {
        Map<String, Integer> result = new LinkedHashMap<>();
        entries(levels)
                .forEach((name, level) -> result.put(name, (int)
                        Node.asLong(get(level, "number_of_instances")).orElse(0)));
        return result;
    }

    private static Map<String, YNode> entries(Optional<YNode> node) {
        return node.filter(YMap.class::isInstance)
                .map(n -> ((YMap) n).entries())
                .orElse(Map.of());
    }

    private static Optional<YNode> get(YNode node, String key) {
        return node instanceof YMap map ? map.get(key) : Optional.empty();
    }

    private static Optional<String> text(YNode node, String key) {
        return get(node, key).flatMap(Node::scalarText);
    }
}
