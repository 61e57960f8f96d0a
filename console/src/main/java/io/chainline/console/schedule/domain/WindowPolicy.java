package io.chainline.console.schedule.domain;

/** What a run whose targets are closed by maintenance windows does: WAIT for the next opening, or REFUSE (recorded). */
public enum WindowPolicy {
    WAIT,
    REFUSE
}
