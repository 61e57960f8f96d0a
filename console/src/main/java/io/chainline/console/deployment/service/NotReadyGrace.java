package io.chainline.console.deployment.service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Since when a workload has been not ready, as this console saw it: a workload rolling out or starting is not a
 * fault until it stays so past the grace. Observations carry no such time, so it is remembered here, in memory: a
 * console that takes a target over starts counting afresh, which only delays a MINOR alarm by one grace.
 */
final class NotReadyGrace {

    private final Duration grace;
    private final Map<String, Instant> since = new ConcurrentHashMap<>();

    NotReadyGrace(Duration grace) {
        this.grace = grace;
    }

    /**
     * The question {@link LiveFaults} asks about one observation of {@code scope}; afterwards {@link Round#done}
     * forgets the workloads of the scope that were not asked about (ready again, or gone).
     */
    Round round(String scope, Instant now) {
        return new Round(scope, now);
    }

    final class Round implements Predicate<String> {
        private final String scope;
        private final Instant now;
        private final Set<String> asked = new HashSet<>();

        private Round(String scope, Instant now) {
            this.scope = scope;
            this.now = now;
        }

        @Override
        public boolean test(String workload) {
            String key = scope + "/" + workload;
            asked.add(key);
            return !since.computeIfAbsent(key, k -> now).plus(grace).isAfter(now);
        }

        void done() {
            since.keySet().removeIf(k -> k.startsWith(scope + "/") && !asked.contains(k));
        }
    }

    /** Forgets every workload of a scope (its target is no longer held here). */
    void forget(String scope) {
        since.keySet().removeIf(k -> k.startsWith(scope + "/"));
    }
}
