package io.chainline.console.deployment.service;

import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.Connector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors' watches on the targets this console holds (Kubernetes watches, Docker events), and the signals
 * they gave since the watcher last looked. A signal only queues the deployment it names: the connector's thread must
 * never observe, and the watcher's next tick observes each named deployment once however many signals came
 * (debouncing a burst of events, such as a container dying and being removed). Targets without such an API are
 * remembered, so they are polled without asking again each round.
 */
final class TargetWatches implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TargetWatches.class);

    private record Open(Connector connector, Connector.Watch watch) {}

    /** What came in since the last drain: deployments named per target, and targets whose watch was lost. */
    record Signals(Map<UUID, Set<String>> deployments, Set<UUID> lost) {
        boolean isEmpty() {
            return deployments.isEmpty() && lost.isEmpty();
        }
    }

    private final Function<UUID, Connector> connect;
    private final Map<UUID, Open> open = new ConcurrentHashMap<>();
    private final Set<UUID> unsupported = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Set<String>> pending = new ConcurrentHashMap<>();
    private final Set<UUID> lost = ConcurrentHashMap.newKeySet();

    TargetWatches(Function<UUID, Connector> connect) {
        this.connect = connect;
    }

    /** Keeps a watch open on each of {@code held} that has one, and closes those on targets no longer held. */
    void keep(Set<UUID> held) {
        Set.copyOf(open.keySet()).stream().filter(t -> !held.contains(t)).forEach(this::close);
        unsupported.retainAll(held);
        held.forEach(this::ensure);
    }

    private void ensure(UUID target) {
        if (open.containsKey(target) || unsupported.contains(target)) {
            return;
        }
        Connector connector;
        try {
            connector = connect.apply(target);
        } catch (RuntimeException e) {
            log.debug("chainline.watch.connect-failed target={} error={}", target, e.toString());
            return;
        }
        try {
            Optional<Connector.Watch> watch = connector.watch(signal -> signalled(target, signal));
            watch.ifPresentOrElse(w -> open.put(target, new Open(connector, w)), () -> {
                unsupported.add(target);
                connector.close();
            });
        } catch (RuntimeException e) {
            // the target refuses to be watched now (unreachable, no rights): polling covers it; try again next round
            log.debug("chainline.watch.watch-failed target={} error={}", target, e.toString());
            connector.close();
        }
    }

    /** On the connector's thread: only queue. */
    private void signalled(UUID target, ChangeSignal signal) {
        if (signal.isLost()) {
            lost.add(target);
            return;
        }
        signal.deployment()
                .ifPresent(d -> pending.computeIfAbsent(target, k -> ConcurrentHashMap.newKeySet())
                        .add(d));
    }

    /** Takes what was signalled; a lost watch is closed here, so the next round opens a new one. */
    Signals drain() {
        Map<UUID, Set<String>> deployments = new HashMap<>();
        for (UUID target : Set.copyOf(pending.keySet())) {
            Set<String> named = pending.remove(target);
            if (named != null && !named.isEmpty()) {
                deployments.put(target, new HashSet<>(named));
            }
        }
        Set<UUID> gone = new HashSet<>();
        for (UUID target : Set.copyOf(lost)) {
            lost.remove(target);
            gone.add(target);
            close(target);
        }
        return new Signals(deployments, gone);
    }

    /** The targets watched through their own API now. */
    Set<UUID> watched() {
        return Set.copyOf(open.keySet());
    }

    private void close(UUID target) {
        Open o = open.remove(target);
        if (o == null) {
            return;
        }
        try {
            o.watch().close();
        } catch (RuntimeException e) {
            log.debug("chainline.watch.close-failed target={} error={}", target, e.toString());
        } finally {
            o.connector().close();
        }
    }

    @Override
    public void close() {
        Set.copyOf(open.keySet()).forEach(this::close);
        unsupported.clear();
    }
}
