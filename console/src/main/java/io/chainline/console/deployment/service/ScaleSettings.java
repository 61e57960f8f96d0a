package io.chainline.console.deployment.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a scale instruction changes a deployment's settings. The newest instruction for a network function wins: a
 * level replaces its aspect levels and the other way round, and either drops the instance counts set directly for its
 * VDUs; a count set directly overrides one VDU and leaves the rest of the network function as it was (ADR 20). Pure.
 */
final class ScaleSettings {

    private ScaleSettings() {}

    static DeploymentSettings byLevel(
            DeploymentSettings settings, String nf, Optional<String> level, Map<String, Integer> aspects) {
        Map<String, String> levels = new LinkedHashMap<>(settings.levels());
        Map<String, Map<String, Integer>> aspectLevels = new LinkedHashMap<>(settings.aspects());
        if (level.isPresent()) {
            levels.put(nf, level.get());
            aspectLevels.remove(nf);
        } else {
            aspectLevels.put(nf, Map.copyOf(aspects));
            levels.remove(nf);
        }
        Map<String, Map<String, Integer>> replicas = new LinkedHashMap<>(settings.replicas());
        replicas.remove(nf);
        return settings.withScale(levels, aspectLevels).withReplicas(replicas);
    }

    static DeploymentSettings byReplicas(DeploymentSettings settings, String nf, String vdu, int count) {
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>(settings.replicas());
        Map<String, Integer> ofNf = new LinkedHashMap<>(all.getOrDefault(nf, Map.of()));
        ofNf.put(vdu, count);
        all.put(nf, ofNf);
        return settings.withReplicas(all);
    }
}
