package io.chainline.console.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Round trips per action type and the errors, recorded from many user threads at once. */
public final class UiLoadStats {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> errors = new ConcurrentHashMap<>();
    private volatile int sessionsAlive;

    void record(String action, long elapsedNanos) {
        nanos.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
    }

    void error(String action, Exception failure) {
        errors.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>())
                .add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    void sessionsAlive(int count) {
        this.sessionsAlive = count;
    }

    /** Users signed in that were still in step with their UI at the end. */
    public int sessionsAlive() {
        return sessionsAlive;
    }

    public int actions() {
        return nanos.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    public int errorCount() {
        return errors.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    /** Up to a few error messages, for a report or an assertion message. */
    public List<String> errorSamples() {
        List<String> samples = new ArrayList<>();
        errors.forEach((action, messages) ->
                messages.stream().limit(3).forEach(message -> samples.add(action + ": " + message)));
        return samples;
    }

    /** One line per action type: count, errors, p50/p95/p99/max in ms. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "%-18s %6s %6s %8s %8s %8s %8s", "action", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        TreeMap<String, Boolean> actions = new TreeMap<>();
        nanos.keySet().forEach(a -> actions.put(a, true));
        errors.keySet().forEach(a -> actions.put(a, true));
        actions.keySet().forEach(action -> lines.add(line(action)));
        return lines;
    }

    private String line(String action) {
        List<Long> sorted = new ArrayList<>(nanos.getOrDefault(action, new ConcurrentLinkedQueue<>()));
        Collections.sort(sorted);
        int failed = errors.getOrDefault(action, new ConcurrentLinkedQueue<>()).size();
        return String.format(
                "%-18s %6d %6d %8.1f %8.1f %8.1f %8.1f",
                action,
                sorted.size(),
                failed,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                percentile(sorted, 100));
    }

    /** Nearest-rank percentile in milliseconds; NaN when nothing was recorded. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
