package io.chainline.console.base.service;

import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.fleet.service.FleetLists;
import io.chainline.console.schedule.service.ScheduleLists;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.ListSeeds;
import io.chainline.console.support.PostgresDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prints how long the console's own lists take on PostgreSQL (issue 24) with 100, 1,000 and 10,000 rows: the first
 * page of 100 and a page deep in the list (through its marker), p50 and p95 over repeated reads, service-side (the
 * SQL, mapping and grouped look-ups; no HTTP). A harness that prints figures, not a test: named *Benchmark so the
 * suite never runs it; {@code scripts/benchmark-lists.sh} does. It runs on a schema of its own
 * (CHAINLINE_TEST_POSTGRES_*) and drops it at the end.
 */
@IntegrationTest
class ListBenchmark {

    static final int[] SIZES = {100, 1_000, 10_000};
    static final int ROUNDS = 40;
    static final int PAGE = 100;
    static final String PREFIX = "bench-";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    DeploymentQueries deployments;

    @Autowired
    ScheduleLists schedules;

    @Autowired
    FleetLists fleet;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeploymentJson json;

    @Test
    void listLatency() {
        ListSeeds seeds = new ListSeeds(jdbc, json);
        System.out.println("database: PostgreSQL " + PostgresDatabase.origin());
        Map<String, Function<Optional<Cursor>, Cursor.Page<?>>> lists = new LinkedHashMap<>();
        lists.put("deployments", after -> deployments.page(PAGE, after));
        lists.put("fleet targets", after -> fleet.page(PAGE, after));
        lists.put("schedules", after -> schedules.page(PAGE, after));
        lists.put("runs (2 per schedule)", after -> schedules.historyPage(PAGE, after));
        try {
            for (int size : SIZES) {
                seeds.remove(PREFIX);
                seeds.deployments(PREFIX, size);
                seeds.targets(PREFIX, size);
                seeds.schedules(PREFIX, size);
                jdbc.execute("ANALYZE");
                lists.forEach((name, list) -> report(name, size, list));
            }
        } finally {
            String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
            seeds.remove(PREFIX);
            System.out.println("dropping schema " + schema);
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void report(String name, int size, Function<Optional<Cursor>, Cursor.Page<?>> list) {
        Optional<Cursor> deep = deepMarker(list, size);
        for (int i = 0; i < 5; i++) {
            list.apply(Optional.empty());
        }
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            first.add(time(() -> list.apply(Optional.empty())));
            later.add(time(() -> list.apply(deep)));
        }
        System.out.printf(
                Locale.ROOT,
                "list %-22s rows %6d  first page p50 %6.1f ms p95 %6.1f ms  deep page p50 %6.1f ms p95 %6.1f ms%n",
                name,
                size,
                percentile(first, 50),
                percentile(first, 95),
                percentile(later, 50),
                percentile(later, 95));
    }

    /** The marker of the page about half-way down the list. */
    private static Optional<Cursor> deepMarker(Function<Optional<Cursor>, Cursor.Page<?>> list, int size) {
        Optional<Cursor> after = Optional.empty();
        for (int page = 0; page < Math.max(1, size / PAGE / 2); page++) {
            Optional<Cursor> next = list.apply(after).next().flatMap(Cursor::decode);
            if (next.isEmpty()) {
                break;
            }
            after = next;
        }
        return after;
    }

    private static long time(Runnable read) {
        long start = System.nanoTime();
        read.run();
        return System.nanoTime() - start;
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
