package io.chainline.console.schedule.domain;

/**
 * What a run that came due while no console was up does: RUN_LATE runs it when it is late by no more than the
 * schedule's slip limit (and records it as missed beyond that); SKIP records it as missed unless it is on time.
 */
public enum MissedRunPolicy {
    RUN_LATE,
    SKIP
}
