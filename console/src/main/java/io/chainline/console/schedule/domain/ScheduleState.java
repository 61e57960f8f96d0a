package io.chainline.console.schedule.domain;

/** ACTIVE fires when due; PAUSED waits for someone to resume it (stop-on-fail pauses); DONE has no occurrence left. */
public enum ScheduleState {
    ACTIVE,
    PAUSED,
    DONE
}
