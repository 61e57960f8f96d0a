package io.chainline.console.deployment.service;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Clears the watcher's alarms that nobody will report again: those of a deployment terminated or deleted, or no
 * longer placed on the target, and those of a target no longer registered. Read from the active alarms themselves,
 * so it holds across restarts and replicas. Only scopes of targets this console holds (or that are gone) are touched,
 * so two consoles do not clear the same scope at once.
 */
final class StaleScopes {

    static final Set<String> SOURCES = Set.of(TargetWatcher.LIVE, DriftFaults.SOURCE);

    private final AlarmQueries alarms;
    private final FaultReports faults;
    private final WatchedDeployments watched;

    StaleScopes(AlarmQueries alarms, FaultReports faults, WatchedDeployments watched) {
        this.alarms = alarms;
        this.faults = faults;
        this.watched = watched;
    }

    /** The (deployment, target) scope id of the watcher's scopes. */
    static String id(UUID deploymentId, UUID targetId) {
        return deploymentId + ":" + targetId;
    }

    /**
     * @param running what this round observes on the held targets: those scopes are current, and need no look-up
     */
    void clear(Set<UUID> held, Set<UUID> registered, java.util.Map<UUID, List<WatchedDeployments.Watched>> running) {
        Set<String> current = new HashSet<>();
        running.values().forEach(list -> list.forEach(w -> current.add(id(w.deploymentId(), w.targetId()))));
        Set<FaultScope> scopes = new HashSet<>();
        List<Alarm> active = alarms.active();
        active.stream()
                .map(Alarm::getScope)
                .filter(s -> SOURCES.contains(s.source()))
                .forEach(scopes::add);
        for (FaultScope scope : scopes) {
            if (current.contains(scope.id())) {
                continue;
            }
            parse(scope.id())
                    .filter(p -> held.contains(p.target()) || !registered.contains(p.target()))
                    .filter(p -> !registered.contains(p.target()) || !watched.runsOn(p.deployment(), p.target()))
                    .ifPresent(p -> faults.report(scope, List.of()));
        }
    }

    private record Pair(UUID deployment, UUID target) {}

    private static Optional<Pair> parse(String id) {
        int colon = id.indexOf(':');
        try {
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(new Pair(
                            UUID.fromString(id.substring(0, colon)), UUID.fromString(id.substring(colon + 1))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
