package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Vdu;
import java.util.Map;
import java.util.Optional;

/**
 * How many instances a VDU runs, by SOL001's rules: an aspect's scale level adds its step deltas to the initial
 * delta; otherwise the chosen instantiation level (the deployment's, the chain's, the flavour's default) says;
 * otherwise the initial delta, otherwise the VDU's minimum. Always within the VDU's min..max.
 */
final class Scaling {

    private Scaling() {}

    /**
     * As {@link #replicas(Flavour, Vdu, Optional, Map)}, unless an operator set the VDU's count directly (ADR 20):
     * that count wins, and must lie within the VDU's min..max.
     */
    static int replicas(
            String nf,
            Flavour flavour,
            Vdu vdu,
            Optional<String> level,
            Map<String, Integer> aspectLevels,
            Optional<Integer> set) {
        if (set.isEmpty()) {
            return replicas(flavour, vdu, level, aspectLevels);
        }
        int n = set.get();
        if (n < min(vdu) || n > max(vdu)) {
            throw new ChainlineException(
                    "DEPLOYMENT-REPLICAS-OUT-OF-RANGE",
                    Category.INVALID,
                    nf + "'s " + vdu.name() + " runs " + min(vdu) + " to " + max(vdu) + " instances (its VDU profile); "
                            + n + " is outside that range.");
        }
        return n;
    }

    /** The fewest instances a VDU runs. */
    static int min(Vdu vdu) {
        return vdu.profile().minInstances();
    }

    /** The most instances a VDU runs (a profile without a maximum runs one). */
    static int max(Vdu vdu) {
        return Math.max(min(vdu), Math.max(1, vdu.profile().maxInstances()));
    }

    static int replicas(Flavour flavour, Vdu vdu, Optional<String> level, Map<String, Integer> aspectLevels) {
        int count;
        if (!aspectLevels.isEmpty()) {
            count = flavour.initialDeltas()
                    .getOrDefault(vdu.node(), vdu.profile().minInstances());
            for (ScalingAspect aspect : flavour.scalingAspects()) {
                int steps = Math.min(aspectLevels.getOrDefault(aspect.id(), 0), aspect.maxScaleLevel());
                Map<String, Integer> deltas = aspect.vduDeltas().getOrDefault(vdu.node(), Map.of());
                for (int step = 0; step < steps && !aspect.stepDeltas().isEmpty(); step++) {
                    String delta = aspect.stepDeltas()
                            .get(Math.min(step, aspect.stepDeltas().size() - 1));
                    count += deltas.getOrDefault(delta, 0);
                }
            }
        } else {
            count = level.or(flavour::defaultLevel)
                    .flatMap(id -> flavour.levels().stream()
                            .filter(l -> l.id().equals(id))
                            .findFirst())
                    .map(InstantiationLevel::vduInstances)
                    .map(m -> m.get(vdu.node()))
                    .orElseGet(() -> flavour.initialDeltas()
                            .getOrDefault(vdu.node(), vdu.profile().minInstances()));
        }
        return Math.max(min(vdu), Math.min(count, max(vdu)));
    }

    /** The aspect levels an instantiation level sets, so scaling by aspect starts from where the level left it. */
    static Map<String, Integer> aspectLevelsOf(Flavour flavour, String level) {
        return flavour.levels().stream()
                .filter(l -> l.id().equals(level))
                .findFirst()
                .map(InstantiationLevel::scaleLevels)
                .orElse(Map.of());
    }
}
