package io.chainline.console.base.service;

import org.springframework.context.SmartLifecycle;

/**
 * A component whose work is a {@link PeriodicTask}, started and stopped with the application context: the lifecycle
 * is written once here instead of in every background worker.
 */
public interface PeriodicWork extends SmartLifecycle {

    /** The rounds this component runs. */
    PeriodicTask rounds();

    @Override
    default void start() {
        rounds().start();
    }

    @Override
    default void stop() {
        rounds().stop();
    }

    @Override
    default boolean isRunning() {
        return rounds().isRunning();
    }
}
