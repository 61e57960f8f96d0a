package io.chainline.console.alarm.service;

import java.util.UUID;

/**
 * An alarm was raised, changed (severity, details, acknowledgement) or cleared: the cross-feature event SOL005 nsfm
 * turns into AlarmNotification / AlarmClearedNotification. Published in the change's transaction, through the event
 * publication registry (ADR 24), so a committed change is notified even if the console dies right after.
 */
public record AlarmChanged(UUID alarmId, Change change) {

    public enum Change {
        RAISED,
        CHANGED,
        ACKNOWLEDGED,
        UNACKNOWLEDGED,
        CLEARED
    }
}
