package io.chainline.console.maintenance.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which targets a window covers: named targets, targets at named sites, and targets carrying all the given labels. A
 * target is covered when it matches any non-empty part; a window with an empty scope covers the whole fleet.
 */
public record WindowScope(List<String> targets, List<String> sites, Map<String, String> labels) {

    /** What a scope is matched against: a target's name, site and labels. */
    public record TargetFacts(String name, String site, Map<String, String> labels) {}

    public WindowScope {
        targets = targets == null ? List.of() : List.copyOf(targets);
        sites = sites == null ? List.of() : List.copyOf(sites);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static WindowScope fleet() {
        return new WindowScope(List.of(), List.of(), Map.of());
    }

    public boolean wholeFleet() {
        return targets.isEmpty() && sites.isEmpty() && labels.isEmpty();
    }

    public boolean covers(TargetFacts target) {
        if (wholeFleet()) {
            return true;
        }
        Set<String> names = Set.copyOf(targets);
        return names.contains(target.name())
                || sites.contains(target.site())
                || (!labels.isEmpty() && target.labels().entrySet().containsAll(labels.entrySet()));
    }

    public String describe() {
        if (wholeFleet()) {
            return "the whole fleet";
        }
        StringBuilder text = new StringBuilder();
        if (!targets.isEmpty()) {
            text.append("targets ").append(String.join(", ", targets));
        }
        if (!sites.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("sites ").append(String.join(", ", sites));
        }
        if (!labels.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("labels ").append(labels);
        }
        return text.toString();
    }
}
