package io.chainline.console.deployment.service;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How often the watcher looks: a round every {@code interval} (clamped to 5 s .. 5 min, so a typo neither hammers the
 * targets nor leaves a deleted container unnoticed for an hour), a target health check at most every
 * {@code healthInterval}, drift every {@code driftInterval} (rounded to whole rounds), and how long a workload may
 * stay not ready before it is a fault.
 */
record WatchSettings(
        Duration interval, Duration healthInterval, Duration driftInterval, boolean drift, Duration notReadyGrace) {

    static final Duration MIN = Duration.ofSeconds(5);
    static final Duration MAX = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(WatchSettings.class);

    static WatchSettings of(
            Duration interval, Duration healthInterval, Duration driftInterval, boolean drift, Duration grace) {
        Duration clamped = interval.compareTo(MIN) < 0 ? MIN : interval.compareTo(MAX) > 0 ? MAX : interval;
        if (!clamped.equals(interval)) {
            log.warn(
                    "chainline.watch.interval={} is outside [{}, {}]; watching every {} instead",
                    interval,
                    MIN,
                    MAX,
                    clamped);
        }
        return new WatchSettings(clamped, healthInterval, driftInterval, drift, grace);
    }

    /** Drift is checked every this many rounds (at least every round). */
    int driftEvery() {
        return (int) Math.max(1, driftInterval.toMillis() / interval.toMillis());
    }
}
