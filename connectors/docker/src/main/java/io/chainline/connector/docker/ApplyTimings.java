package io.chainline.connector.docker;

import io.chainline.connector.api.DeploymentRef;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where one apply spends its time, logged once at DEBUG on the {@link #LOGGER} logger: wall time of the phases the
 * apply runs one after the other (facts, plan, networks, workloads, readiness), and the summed time of each kind of
 * engine call made inside them (image checks, container create, config copy, start, link attach), which overlap when
 * containers are made concurrently. Cheap enough to keep on: a few clock reads per engine call.
 */
final class ApplyTimings {

    /** The System.Logger name; docs/performance.md's deploy benchmark reads this line. */
    static final String LOGGER = "io.chainline.connector.docker.apply";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    /** Sorted by name, so the line reads the same in every run; phase names start with their order. */
    private final Map<String, LongAdder> nanos = new ConcurrentSkipListMap<>();

    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();

    <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(what, System.nanoTime() - start);
        }
    }

    void time(String what, Runnable work) {
        time(what, () -> {
            work.run();
            return null;
        });
    }

    private void add(String what, long elapsed) {
        nanos.computeIfAbsent(what, k -> new LongAdder()).add(elapsed);
        counts.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    /** {@code apply d42: 1-facts=12ms(1) 2-plan=40ms(1) … call.start=900ms(10)}. */
    String describe(DeploymentRef ref) {
        return "apply " + ref.id() + ": "
                + nanos.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().sum() / 1_000_000 + "ms("
                                + counts.get(e.getKey()).sum() + ")")
                        .collect(Collectors.joining(" "));
    }

    void log(DeploymentRef ref) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, describe(ref));
        }
    }
}
