package io.chainline.console.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N virtual users against one console: each signs in (spread over the ramp, as bcrypt makes sign-in the dearest
 * request), then takes one action per think time (uniformly 0.5–1.5 of it, so users do not click in lock step) until
 * the duration is over: navigating to one of the routes at random. The sessions stay open afterwards, so the caller
 * can measure the heap they hold, and are left to expire.
 */
public final class UiLoad {

    /** What to run: where, who, how many, how long, how fast, and which routes a user moves between. */
    public record Plan(
            String baseUrl,
            String username,
            String password,
            int users,
            Duration duration,
            Duration thinkTime,
            Duration ramp,
            List<String> routes) {}

    private final Plan plan;
    private final UiLoadStats stats = new UiLoadStats();
    private final AtomicInteger alive = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public UiLoad(Plan plan) {
        this.plan = plan;
    }

    /** Runs every user to the end of the duration; returns the figures. */
    public UiLoadStats run() throws InterruptedException {
        long start = System.nanoTime();
        long end = start + plan.duration().toNanos();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Runnable> all = new ArrayList<>();
            for (int i = 0; i < plan.users(); i++) {
                long startAt = start + plan.ramp().toNanos() * i / Math.max(1, plan.users());
                all.add(() -> user(startAt, end));
            }
            all.forEach(users::submit);
            users.shutdown();
            users.awaitTermination(plan.duration().toSeconds() + 300, TimeUnit.SECONDS);
        }
        stats.sessionsAlive(alive.get());
        return stats;
    }

    private void user(long startAt, long end) {
        try {
            sleepUntil(startAt);
            UidlSession session = new UidlSession(http, plan.baseUrl());
            if (!timed("sign-in", () -> session.signIn(plan.username(), plan.password()))) {
                return;
            }
            alive.incrementAndGet();
            boolean ok = true;
            while (ok) {
                long next = System.nanoTime() + think();
                if (next >= end) {
                    return;
                }
                sleepUntil(next);
                String route = plan.routes()
                        .get(ThreadLocalRandom.current().nextInt(plan.routes().size()));
                ok = timed(actionOf(route), () -> session.navigate(route));
            }
            alive.decrementAndGet(); // an error leaves the UI out of step: this session is no longer counted
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean timed(String action, Step step) throws InterruptedException {
        long began = System.nanoTime();
        try {
            step.run();
            stats.record(action, System.nanoTime() - began);
            return true;
        } catch (InterruptedException stopped) {
            throw stopped;
        } catch (Exception failure) {
            stats.error(action, failure);
            return false;
        }
    }

    /** The descriptor pages (catalog/&lt;id&gt;) count as one action type, "open a descriptor". */
    private static String actionOf(String route) {
        return route.startsWith("catalog/") ? "open descriptor" : "/" + route;
    }

    private long think() {
        long think = plan.thinkTime().toNanos();
        return think / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, think));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
