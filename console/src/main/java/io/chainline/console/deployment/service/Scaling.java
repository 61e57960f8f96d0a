package io.chainline.console.deployment.service;

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
        return Math.max(
                vdu.profile().minInstances(),
                Math.min(count, Math.max(1, vdu.profile().maxInstances())));
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
