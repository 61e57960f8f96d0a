package io.chainline.console.alarm.service;

import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.base.domain.Fault.Severity;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which alarms to list; every part optional (empty set or empty = any).
 *
 * @param active true: only active alarms, false: only cleared ones, empty: both
 * @param targets alarms whose faulty resource runs on one of these targets (a site is its targets)
 * @param managed alarms on one of these deployments/targets (managed object ids)
 * @param text words that must occur in the object, resource, cause or details (case-insensitive)
 */
public record AlarmFilter(
        Set<Severity> severities,
        Optional<Boolean> active,
        Optional<AckState> ack,
        Set<UUID> targets,
        Set<UUID> managed,
        Optional<Instant> raisedSince,
        String text) {

    public AlarmFilter {
        severities = Set.copyOf(severities);
        targets = Set.copyOf(targets);
        managed = Set.copyOf(managed);
        text = text == null ? "" : text.strip();
    }

    public static AlarmFilter activeOnly() {
        return new AlarmFilter(Set.of(), Optional.of(true), Optional.empty(), Set.of(), Set.of(), Optional.empty(), "");
    }

    public static AlarmFilter any() {
        return new AlarmFilter(Set.of(), Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.empty(), "");
    }

    public AlarmFilter withManaged(Set<UUID> ids) {
        return new AlarmFilter(severities, active, ack, targets, ids, raisedSince, text);
    }
}
