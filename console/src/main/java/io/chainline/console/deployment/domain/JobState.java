package io.chainline.console.deployment.domain;

/** A job's state; the last four are final. */
public enum JobState {
    QUEUED,
    RUNNING,
    ROLLING_BACK,
    COMPLETED,
    FAILED,
    ROLLED_BACK,
    CANCELLED;

    public boolean finished() {
        return ordinal() >= COMPLETED.ordinal();
    }
}
