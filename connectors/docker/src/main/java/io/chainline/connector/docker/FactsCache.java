package io.chainline.connector.docker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What each engine is ({@link EngineFacts}), remembered for a short while by the factory that made its connectors.
 * Reading it costs {@code /info} and {@code /version}, which podman answers by running its runtime and conmon binaries
 * (0.5 s apiece idle, 1–2 s on a loaded host): more than creating a container. The console makes a connector per job
 * step, per watch round and per plan preview, so without this every one of them paid it again. An engine turning
 * into a Swarm manager or gaining a runtime is seen within {@link #TTL}; what a stale fact lets through, the engine
 * itself still refuses at create.
 */
final class FactsCache {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(EngineFacts facts, Instant read) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    FactsCache(Clock clock) {
        this.clock = clock;
    }

    EngineFacts get(String key, Supplier<EngineFacts> read) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.read().plus(TTL)) && !now.isBefore(entry.read())) {
            return entry.facts();
        }
        EngineFacts fresh = read.get();
        entries.put(key, new Entry(fresh, now));
        return fresh;
    }
}
