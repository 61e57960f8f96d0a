package io.chainline.connector.fake;

import io.chainline.connector.api.ChangeSignal;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The fake platform's whole world, in memory: benches by name, each holding deployments by id, each holding its
 * workloads. Tests read it to see what the console did, and change it to play an operator behind Chainline's back.
 */
public final class FakeLab {

    /** One workload as a bench runs it: what was asked, how many run, and a failure if one was induced. */
    public record Running(Workload desired, int replicas, Optional<String> failure) {}

    /**
     * What a workload's instances report when sampled, each: traffic counters (bytes since start) and restarts. Tests
     * set them to play traffic; by default nothing flowed and nothing restarted.
     */
    public record Counters(long rxBytes, long txBytes, long restarts) {}

    private static final Map<String, Map<String, Map<String, Running>>> BENCHES = new ConcurrentHashMap<>();
    private static final Map<String, Counters> COUNTERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> OBSERVED = new ConcurrentHashMap<>();
    private static final Map<String, List<Consumer<ChangeSignal>>> WATCHERS = new ConcurrentHashMap<>();

    private FakeLab() {}

    /** The deployments on a bench, by id; made on first use. */
    public static Map<String, Map<String, Running>> bench(String name) {
        return BENCHES.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }

    /** The workloads of one deployment on a bench, by name; empty when it has none. */
    public static Map<String, Running> deployment(String bench, String id) {
        return Map.copyOf(bench(bench).getOrDefault(id, Map.of()));
    }

    /** Scales a workload behind Chainline's back. */
    public static void scale(String bench, String id, String workload, int replicas) {
        bench(bench).get(id).computeIfPresent(workload, (k, r) -> new Running(r.desired(), replicas, r.failure()));
        signal(bench, id, workload, "scaled");
    }

    /** Makes a workload fail with a reason the bench reports. */
    public static void fail(String bench, String id, String workload, String reason) {
        bench(bench).get(id).computeIfPresent(workload, (k, r) -> new Running(r.desired(), 0, Optional.of(reason)));
        signal(bench, id, workload, "failed");
    }

    /** Removes a workload behind Chainline's back, as an operator deleting a container would. */
    public static void remove(String bench, String id, String workload) {
        bench(bench).getOrDefault(id, new ConcurrentHashMap<>()).remove(workload);
        signal(bench, id, workload, "removed");
    }

    /** How many times a connector observed a deployment on the bench: what the console's polling costs it. */
    public static int observations(String bench) {
        return OBSERVED.computeIfAbsent(bench, b -> new AtomicInteger()).get();
    }

    /** How many watches are open on the bench. */
    public static int watches(String bench) {
        return WATCHERS.getOrDefault(bench, List.of()).size();
    }

    static void observed(String bench) {
        OBSERVED.computeIfAbsent(bench, b -> new AtomicInteger()).incrementAndGet();
    }

    static Runnable watch(String bench, Consumer<ChangeSignal> onChange) {
        WATCHERS.computeIfAbsent(bench, b -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> WATCHERS.getOrDefault(bench, List.of()).remove(onChange);
    }

    private static void signal(String bench, String id, String workload, String reason) {
        ChangeSignal signal = ChangeSignal.of(id, workload, new ResourceRef("FakeWorkload", id, workload), reason);
        WATCHERS.getOrDefault(bench, List.of()).forEach(w -> w.accept(signal));
    }

    /** Sets what each instance of a workload reports when sampled. */
    public static void counters(String bench, String id, String workload, Counters counters) {
        COUNTERS.put(bench + "/" + id + "/" + workload, counters);
    }

    static Counters counters(String bench, String id, String workload) {
        return COUNTERS.getOrDefault(bench + "/" + id + "/" + workload, new Counters(0, 0, 0));
    }

    static List<String> names() {
        return List.copyOf(BENCHES.keySet());
    }
}
