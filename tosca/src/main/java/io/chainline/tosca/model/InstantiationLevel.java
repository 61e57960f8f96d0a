package io.chainline.tosca.model;

import java.util.Map;

/**
 * An instantiation level: the scale level of each aspect and the instances of each VDU
 * ({@code VduInstantiationLevels}) when the VNF is instantiated at it.
 */
public record InstantiationLevel(
        String id, String description, Map<String, Integer> scaleLevels, Map<String, Integer> vduInstances) {

    public InstantiationLevel {
        scaleLevels = Maps.sorted(scaleLevels);
        vduInstances = Maps.sorted(vduInstances);
    }
}
