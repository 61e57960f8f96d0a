package io.chainline.console.base.domain;

import java.util.Objects;

/**
 * Who reports a set of faults, about what: the unit a report replaces. A live observation of deployment D reports
 * scope {@code ("live", D)}; a target's health check reports {@code ("target", T)}; an Alertmanager alert reports
 * {@code ("alertmanager", fingerprint)}. Two sources never share a scope, so one clearing never clears the other's.
 *
 * @param source which observer: {@code live}, {@code drift}, {@code target}, {@code job}, {@code schedule},
 *     {@code subscription}, {@code alertmanager}
 * @param id what it observed (a deployment, target, schedule, subscription id, an alert's fingerprint)
 */
public record FaultScope(String source, String id) {

    /** Sources whose alarms an operator may clear by hand: Chainline cannot see when they stop being true. */
    public static final java.util.Set<String> EXTERNAL = java.util.Set.of("alertmanager");

    public FaultScope {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        if (source.isBlank() || source.contains("|") || id.contains("|")) {
            throw new IllegalArgumentException("a fault scope is a source and an id without '|': " + source + "/" + id);
        }
    }

    public static FaultScope of(String source, Object id) {
        return new FaultScope(source, String.valueOf(id));
    }

    public boolean external() {
        return EXTERNAL.contains(source);
    }
}
