package io.chainline.console.bench;

import io.chainline.console.support.ConsoleProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI load benchmark (issue 24), a harness that prints, never a test: starts the packaged console as its own
 * process (H2 in a temporary home, the demo data, the launcher's JVM options), warms it with one session, measures
 * the heap after a full GC, lets N virtual users work for the duration (one action per think time each), measures the
 * heap again with their sessions still open, and prints round trips per action type, errors, heap per session and
 * the console's RSS. Run by {@code scripts/benchmark-ui.sh}; settings as system properties:
 * {@code users} (200), {@code duration} (PT2M), {@code think} (PT5S), {@code ramp} (PT30S), {@code heap} (384m).
 */
public final class UiLoadBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final List<String> VIEWS = List.of("", "catalog", "chains", "deployments", "alarms");

    private UiLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 200);
        Duration duration = Duration.parse(System.getProperty("duration", "PT2M"));
        Duration think = Duration.parse(System.getProperty("think", "PT5S"));
        Duration ramp = Duration.parse(System.getProperty("ramp", "PT30S"));
        List<String> jvm =
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx" + System.getProperty("heap", "384m"));
        Path home = Files.createTempDirectory("chainline-uiload");
        System.out.println("uptime at start: " + uptime());
        System.out.println(
                "console JVM: " + String.join(" ", jvm) + " (bin/chainline's options, without the AOT cache)");
        try (ConsoleProcess console = ConsoleProcess.start(home, jvm, List.of("--chainline.demo-data=true"))) {
            String base = "http://127.0.0.1:" + console.port();
            List<String> routes = routes(base, "admin", ConsoleProcess.PASSWORD);
            System.out.println("routes: " + routes);
            Heap heap = new Heap(console.pid());
            new UiLoad(plan(base, 1, Duration.ofSeconds(8), Duration.ofMillis(300), Duration.ZERO, routes)).run();
            long baseline = heap.usedAfterGc();
            Duration cpuBefore = heap.cpu();
            UiLoadStats stats = new UiLoad(plan(base, users, duration, think, ramp, routes)).run();
            Duration cpu = heap.cpu().minus(cpuBefore);
            long loaded = heap.usedAfterGc();
            report(stats, users, duration, think, baseline, loaded, heap.rss());
            System.out.printf(
                    "console CPU during the run: %.1f s, %.1f ms per action%n",
                    cpu.toMillis() / 1000.0, (double) cpu.toMillis() / Math.max(1, stats.actions()));
        }
        System.out.println("uptime at end: " + uptime());
    }

    static UiLoad.Plan plan(
            String base, int users, Duration duration, Duration think, Duration ramp, List<String> routes) {
        return new UiLoad.Plan(base, "admin", ConsoleProcess.PASSWORD, users, duration, think, ramp, routes);
    }

    /** The five views, and each VNF descriptor's designer page ("open a descriptor"), listed as this user. */
    static List<String> routes(String base, String username, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/catalog/vnfs"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .build();
        List<String> routes = new ArrayList<>(VIEWS);
        Matcher ids;
        try (HttpClient http = HttpClient.newHttpClient()) {
            ids = ID.matcher(
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        }
        while (ids.find()) {
            routes.add("catalog/" + ids.group(1));
        }
        return routes;
    }

    private static void report(
            UiLoadStats stats, int users, Duration duration, Duration think, long baseline, long loaded, long rss) {
        System.out.printf("users %d, duration %s, one action per %s (0.5-1.5x) per user%n", users, duration, think);
        System.out.printf(
                "sessions alive at end: %d of %d; actions %d; errors %d%n",
                stats.sessionsAlive(), users, stats.actions(), stats.errorCount());
        stats.table().forEach(System.out::println);
        stats.errorSamples().forEach(e -> System.out.println("error: " + e));
        double perSession = (loaded - baseline) / 1024.0 / Math.max(1, stats.sessionsAlive());
        System.out.printf(
                "heap after GC: %.1f MiB with 1 session, %.1f MiB with %d more: %.2f MiB per session%n",
                baseline / 1024.0, loaded / 1024.0, stats.sessionsAlive(), perSession);
        System.out.printf("console RSS: %.0f MiB%n", rss / 1024.0);
    }

    private static String uptime() {
        try {
            return new String(new ProcessBuilder("uptime")
                            .start()
                            .getInputStream()
                            .readAllBytes())
                    .trim();
        } catch (IOException e) {
            return "(uptime: " + e.getMessage() + ")";
        }
    }
}
