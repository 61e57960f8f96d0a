package io.chainline.tosca.sol001;

import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.VduProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tacker's legacy {@code tosca.policies.tacker.Scaling} in the SOL001 model, per target VDU: min_instances and
 * max_instances are the VDU profile's min/max_number_of_instances; the policy is a scaling aspect of its own name
 * whose one step (delta_1) adds {@code increment} instances of each target, up to max scale level
 * ceil((max - min) / increment); min_instances is the VDU's initial delta (scale level 0); default_instances is the
 * instances of the default instantiation level ("default", the level the VNF starts at). Cooldown and the Kubernetes
 * CPU target have no SOL001 counterpart (TackerConversionReport says so).
 */
record TackerScaling(String policy, List<String> targets, int min, int max, int initial, int increment) {

    static final String POLICY_TYPE = "tosca.policies.tacker.Scaling";
    static final String DEFAULT_LEVEL = "default";
    static final String STEP = "delta_1";

    /** The properties converted; the others of the policy are reported as dropped. */
    static final List<String> CARRIED =
            List.of("targets", "increment", "min_instances", "max_instances", "default_instances");

    static Optional<TackerScaling> of(Node policy) {
        if (!policy.is(POLICY_TYPE)) {
            return Optional.empty();
        }
        LinkedHashSet<String> targets = new LinkedHashSet<>(Node.strings(policy.at("targets")));
        targets.addAll(policy.listField("targets"));
        int min = (int) policy.integer("min_instances").orElse(1);
        int max = Math.max(min, (int) policy.integer("max_instances").orElse(min));
        int initial = Math.clamp(policy.integer("default_instances").orElse(min), min, max);
        int increment = Math.max(1, (int) policy.integer("increment").orElse(1));
        return Optional.of(new TackerScaling(policy.name(), List.copyOf(targets), min, max, initial, increment));
    }

    static List<TackerScaling> in(Topology topology) {
        return topology.policies().stream()
                .map(TackerScaling::of)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The profile a legacy VDU gets: its scaling policy's bounds, else exactly one instance. */
    static VduProfile profile(Topology topology, String vdu) {
        return in(topology).stream()
                .filter(s -> s.targets().contains(vdu))
                .findFirst()
                .map(s -> new VduProfile(s.min(), s.max()))
                .orElse(VduProfile.ONE);
    }

    int maxScaleLevel() {
        return Math.ceilDiv(max - min, increment);
    }

    /** The default level's scale level: the steps from min towards default_instances (whole steps only). */
    int initialScaleLevel() {
        return (initial - min) / increment;
    }

    ScalingAspect aspect() {
        Map<String, Map<String, Integer>> deltas = new LinkedHashMap<>();
        targets.forEach(vdu -> deltas.put(vdu, Map.of(STEP, increment)));
        return new ScalingAspect(
                policy,
                policy,
                "Converted from Tacker's scaling policy " + policy,
                maxScaleLevel(),
                List.of(STEP),
                deltas);
    }

    /** All legacy scaling of a topology as SOL001 aspects, initial deltas and one default instantiation level. */
    record Converted(
            List<ScalingAspect> aspects,
            Map<String, Integer> initialDeltas,
            List<InstantiationLevel> levels,
            Optional<String> defaultLevel) {}

    static Optional<Converted> convert(Topology topology) {
        List<TackerScaling> all = in(topology);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<ScalingAspect> aspects = new ArrayList<>();
        Map<String, Integer> initialDeltas = new LinkedHashMap<>();
        Map<String, Integer> scaleLevels = new LinkedHashMap<>();
        Map<String, Integer> instances = new LinkedHashMap<>();
        for (TackerScaling scaling : all) {
            aspects.add(scaling.aspect());
            scaleLevels.put(scaling.policy(), scaling.initialScaleLevel());
            scaling.targets().forEach(vdu -> {
                initialDeltas.putIfAbsent(vdu, scaling.min());
                instances.putIfAbsent(vdu, scaling.initial());
            });
        }
        InstantiationLevel level = new InstantiationLevel(
                DEFAULT_LEVEL, "Converted from Tacker's default_instances", scaleLevels, instances);
        return Optional.of(new Converted(aspects, initialDeltas, List.of(level), Optional.of(DEFAULT_LEVEL)));
    }
}
