package io.chainline.connector.docker;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an apply's steps in plan order, except that a run of consecutive container creates and updates runs
 * concurrently on a few threads. A container needs its networks (earlier steps) but not its neighbours: an NF learns
 * its peers from its chain context, not from their being up (docs/chain-context.md), and each container's link order
 * is kept by its own step. Deletes stay after them and networks around them, as planned. The first failure stops
 * what has not started yet and is thrown once the running steps end, so no step is left running behind the caller.
 */
final class Steps {

    /** Engine calls in flight at once: enough to hide each call's latency, few enough not to swamp a small host. */
    static final int CONCURRENCY = 4;

    private Steps() {}

    static void run(List<Step> steps, ApplyTimings timings) {
        List<Step> batch = new ArrayList<>();
        for (Step step : steps) {
            if (step.action().change() == Plan.Change.UNCHANGED) {
                continue;
            }
            if (concurrent(step)) {
                batch.add(step);
                continue;
            }
            runConcurrently(batch, timings);
            batch.clear();
            timings.time(step.timingName(), step.run());
        }
        runConcurrently(batch, timings);
    }

    private static boolean concurrent(Step step) {
        return step.action().resource().kind().equals("container")
                && step.action().change() != Plan.Change.DELETE;
    }

    private static void runConcurrently(List<Step> batch, ApplyTimings timings) {
        if (batch.size() < 2) {
            batch.forEach(step -> timings.time(step.timingName(), step.run()));
            return;
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(CONCURRENCY, batch.size()),
                Thread.ofVirtual().name("chainline-docker-step-", 0).factory())) {
            for (Step step : batch) {
                pool.execute(() -> {
                    if (failure.get() == null) {
                        runOne(step, timings, failure);
                    }
                });
            }
        }
        RuntimeException first = failure.get();
        if (first != null) {
            throw first;
        }
        if (Thread.currentThread().isInterrupted()) { // close() stopped the steps and kept the interrupt
            throw new ConnectorException(ConnectorException.Reason.TIMEOUT, "Interrupted while creating containers.");
        }
    }

    private static void runOne(Step step, ApplyTimings timings, AtomicReference<RuntimeException> failure) {
        try {
            timings.time(step.timingName(), step.run());
        } catch (CompletionException e) {
            record(failure, e.getCause() instanceof RuntimeException cause ? cause : e);
        } catch (RuntimeException e) {
            record(failure, e);
        }
    }

    private static void record(AtomicReference<RuntimeException> failure, RuntimeException e) {
        if (!failure.compareAndSet(null, e)) {
            failure.get().addSuppressed(e);
        }
    }
}
