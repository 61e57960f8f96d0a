package io.chainline.console.base.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round of background work run every interval on one daemon thread of its own, for the components that keep
 * something going in every console (the event publications, the SOL005 notifications). Its owner starts and stops it
 * with the application context, so a test's context stops its rounds too. A failed round is logged with its cause and
 * the next one runs as planned: a database that is briefly away must not end the work for good.
 */
public final class PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration firstDelay;
    private final Duration interval;
    private final Runnable round;
    private ScheduledExecutorService timer;

    /**
     * @param name the thread's name, and what the log says failed
     * @param firstDelay from start to the first round (zero: at once)
     */
    public PeriodicTask(String name, Duration firstDelay, Duration interval, Runnable round) {
        this.name = Objects.requireNonNull(name, "name");
        this.firstDelay = Objects.requireNonNull(firstDelay, "firstDelay");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.round = Objects.requireNonNull(round, "round");
    }

    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.warn("The {} round failed; trying again in {}", name, interval, e);
        }
    }

    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    public synchronized boolean isRunning() {
        return timer != null;
    }
}
