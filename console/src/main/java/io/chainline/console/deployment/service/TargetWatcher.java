package io.chainline.console.deployment.service;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Observation;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.base.service.PeriodicTask;
import io.chainline.console.deployment.service.WatchedDeployments.Watched;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetLeases;
import io.chainline.console.fleet.service.TargetSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches what runs, in the background, whether or not anyone has a page open (ADR 29). Each round it renews the
 * leases of every registered target ({@link TargetLeases}: of N console replicas exactly one watches a target), checks
 * the health of the targets it holds now and then, observes every running deployment's part on them and reports the
 * live faults in scope {@code ("live", deployment:target)}, and every few rounds their drift in
 * {@code ("drift", deployment:target)}. Between rounds it re-observes at once, on its own thread, the deployments
 * the targets' watch or event APIs signal. A target it could not observe reports nothing: a report would clear alarms
 * that are still true, and the target's own alarm is the root cause.
 */
@Component
@ConditionalOnProperty(name = "chainline.watch.enabled", havingValue = "true", matchIfMissing = true)
public class TargetWatcher implements SmartLifecycle {

    static final String LIVE = "live";
    /** Who the audit log names for the watcher's connection tests. */
    static final String ACTOR = "watch";

    private static final Logger log = LoggerFactory.getLogger(TargetWatcher.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final TargetLeases leases;
    private final FleetService fleet;
    private final WatchedDeployments watched;
    private final LiveStatus live;
    private final DriftService drift;
    private final FaultReports faults;
    private final StaleScopes stale;
    private final TargetWatches watches;
    private final NotReadyGrace grace;
    private final WatchSettings settings;
    private final Clock clock;
    private final PeriodicTask task;
    private final Map<UUID, Instant> checkedAt = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> reachable = new ConcurrentHashMap<>();
    private long nextRound = System.nanoTime();
    private long rounds;

    @Autowired
    TargetWatcher(
            TargetLeases leases,
            FleetService fleet,
            WatchedDeployments watched,
            LiveStatus live,
            DriftService drift,
            FaultReports faults,
            AlarmQueries alarms,
            Clock clock,
            @Value("${chainline.watch.interval:PT15S}") Duration interval,
            @Value("${chainline.watch.health-interval:PT30S}") Duration healthInterval,
            @Value("${chainline.watch.drift-interval:${chainline.deployment.drift-interval:PT1M}}")
                    Duration driftInterval,
            @Value("${chainline.deployment.drift-enabled:true}") boolean driftEnabled,
            @Value("${chainline.watch.not-ready-grace:PT60S}") Duration notReadyGrace) {
        this(
                leases,
                fleet,
                watched,
                live,
                drift,
                faults,
                alarms,
                clock,
                WatchSettings.of(interval, healthInterval, driftInterval, driftEnabled, notReadyGrace));
    }

    /** A watcher for the console {@code leases} names: tests build a second console's by hand with it. */
    TargetWatcher(
            TargetLeases leases,
            FleetService fleet,
            WatchedDeployments watched,
            LiveStatus live,
            DriftService drift,
            FaultReports faults,
            AlarmQueries alarms,
            Clock clock,
            WatchSettings settings) {
        this.leases = leases;
        this.fleet = fleet;
        this.watched = watched;
        this.live = live;
        this.drift = drift;
        this.faults = faults;
        this.stale = new StaleScopes(alarms, faults, watched);
        this.watches = new TargetWatches(fleet::connect);
        this.grace = new NotReadyGrace(settings.notReadyGrace());
        this.settings = settings;
        this.clock = clock;
        this.task = new PeriodicTask("chainline-watch", TICK, TICK, this::tick);
    }

    static FaultScope liveScope(UUID deploymentId, UUID targetId) {
        return FaultScope.of(LIVE, StaleScopes.id(deploymentId, targetId));
    }

    /** Every second: a whole round when one is due, else the deployments the targets signalled. */
    private synchronized void tick() {
        if (System.nanoTime() - nextRound >= 0) {
            nextRound = System.nanoTime() + settings.interval().toNanos();
            round();
        } else {
            signals();
        }
    }

    /** One round over every target this console holds; returns them. */
    synchronized Set<UUID> round() {
        Set<UUID> registered = fleet.list().stream().map(TargetSummary::id).collect(Collectors.toUnmodifiableSet());
        Set<UUID> held = leases.renew(registered);
        watches.drain(); // a whole round observes everything signalled so far; a lost watch is closed here…
        watches.keep(held); // …and opened again here
        checkedAt.keySet().retainAll(held);
        reachable.keySet().retainAll(held);
        boolean driftRound = settings.drift() && rounds++ % settings.driftEvery() == 0;
        Map<UUID, List<Watched>> running = watched.on(held);
        for (UUID target : held) {
            look(target, running.getOrDefault(target, List.of()), driftRound);
        }
        stale.clear(held, registered, running);
        return held;
    }

    private void look(UUID target, List<Watched> running, boolean driftRound) {
        if (!healthy(target)) {
            return;
        }
        running.forEach(this::observe);
        if (driftRound) {
            running.forEach(this::checkDrift);
        }
    }

    /** The deployments the targets signalled since the last tick, each observed once. */
    synchronized void signals() {
        TargetWatches.Signals signals = watches.drain();
        if (signals.isEmpty()) {
            return;
        }
        Set<UUID> targets = new java.util.HashSet<>(signals.deployments().keySet());
        targets.addAll(signals.lost());
        targets.removeIf(t -> !leases.holds(t) || !reachable.getOrDefault(t, true));
        Map<UUID, List<Watched>> running = watched.on(targets);
        for (UUID target : targets) {
            Set<String> named = signals.deployments().getOrDefault(target, Set.of());
            boolean all = signals.lost().contains(target);
            running.getOrDefault(target, List.of()).stream()
                    .filter(w -> all || named.contains(w.unit().unit().ref().id()))
                    .forEach(this::observe);
        }
    }

    /** Tests the target's connection at most every health interval (the fleet reports its faults); last verdict. */
    private boolean healthy(UUID target) {
        Instant now = clock.instant();
        Instant last = checkedAt.get(target);
        if (last == null || !last.plus(settings.healthInterval()).isAfter(now)) {
            checkedAt.put(target, now);
            try {
                ConnectionCheck check = fleet.watch(target, ACTOR);
                reachable.put(target, check.ok());
            } catch (RuntimeException e) {
                log.warn("chainline.watch.health-failed target={} error={}", target, e.toString());
                reachable.put(target, false);
            }
        }
        return reachable.getOrDefault(target, false);
    }

    private void observe(Watched w) {
        try {
            Optional<Observation> seen = live.refreshOn(w.deploymentId(), w.unit());
            if (seen.isEmpty()) {
                return; // not observed: what is active stays (the target's alarm explains it)
            }
            FaultScope scope = liveScope(w.deploymentId(), w.targetId());
            NotReadyGrace.Round round = grace.round(scope.id(), clock.instant());
            LiveFaults.Subject subject = new LiveFaults.Subject(
                    w.deploymentId(), w.name(), w.targetId(), w.unit().targetName());
            faults.report(scope, LiveFaults.of(subject, w.unit().unit(), seen.get(), round));
            round.done();
        } catch (RuntimeException e) {
            log.warn(
                    "chainline.watch.observe-failed deployment={} target={} error={}",
                    w.deploymentId(),
                    w.targetId(),
                    e.toString());
        }
    }

    private void checkDrift(Watched w) {
        try {
            drift.checkOn(w.deploymentId(), w.unit());
        } catch (RuntimeException e) {
            log.warn(
                    "chainline.watch.drift-failed deployment={} target={} error={}",
                    w.deploymentId(),
                    w.targetId(),
                    e.toString());
        }
    }

    /** The targets whose own watch or event API this console listens to now. */
    Set<UUID> watchedThroughTheirApi() {
        return watches.watched();
    }

    @Override
    public void start() {
        log.info(
                "chainline.watch.started interval={} health-interval={} drift-every-rounds={} drift={}",
                settings.interval(),
                settings.healthInterval(),
                settings.driftEvery(),
                settings.drift());
        task.start();
    }

    /** Stops the rounds, closes the watches and gives the leases up, so another console takes over at once. */
    @Override
    public void stop() {
        task.stop();
        synchronized (this) {
            watches.close();
            try {
                leases.release();
            } catch (RuntimeException e) {
                log.warn("chainline.watch.release-failed error={}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }
}
