package io.chainline.console.deployment.domain;

/** A job step's state; UNDONE is a step whose effect a rollback removed. */
public enum StepState {
    PENDING,
    RUNNING,
    DONE,
    FAILED,
    SKIPPED,
    UNDONE
}
