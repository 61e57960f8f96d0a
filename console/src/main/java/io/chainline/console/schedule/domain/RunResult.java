package io.chainline.console.schedule.domain;

/** A run's outcome: STARTING until its job exists, RUNNING while the job runs, then how the job (or the run) ended. */
public enum RunResult {
    STARTING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    MISSED,
    REFUSED;

    public boolean finished() {
        return this != STARTING && this != RUNNING;
    }

    public boolean failed() {
        return this == FAILED || this == CANCELLED || this == REFUSED;
    }
}
