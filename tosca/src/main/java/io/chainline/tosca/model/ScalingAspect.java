package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;

/**
 * A scaling aspect and, per VDU it scales, the instances each step delta adds ({@code VduScalingAspectDeltas}).
 *
 * @param vduDeltas VDU node name to (delta id to number of instances)
 */
public record ScalingAspect(
        String id,
        String name,
        String description,
        int maxScaleLevel,
        List<String> stepDeltas,
        Map<String, Map<String, Integer>> vduDeltas) {

    public ScalingAspect {
        stepDeltas = List.copyOf(stepDeltas);
        Map<String, Map<String, Integer>> copy = new java.util.TreeMap<>();
        vduDeltas.forEach((vdu, deltas) -> copy.put(vdu, Maps.sorted(deltas)));
        vduDeltas = Maps.sorted(copy);
    }
}
