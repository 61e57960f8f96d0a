package io.chainline.console.base.domain;

/** How a recurrence is written: a single local time, a cron expression, or an RFC 5545 RRULE. */
public enum RecurrenceKind {
    ONCE,
    CRON,
    RRULE
}
