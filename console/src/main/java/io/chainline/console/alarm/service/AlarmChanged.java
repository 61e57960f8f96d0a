package io.chainline.console.alarm.service;

import java.util.UUID;

/**
 * An alarm was raised, changed (severity, details, acknowledgement) or cleared: the cross-feature event SOL005 nsfm
 * turns into AlarmNotification / AlarmClearedNotification. Published in the change's transaction, through the event
 * publication registry (ADR 24), so a committed change is notified even if the console dies right after.
 *
 * @param eventId this change's own identity: a listener resubmitted by the registry (or delivered twice) tells a
 *     repeat from a new change of the same kind (acknowledged, unacknowledged, acknowledged again) by it
 */
public record AlarmChanged(UUID alarmId, Change change, UUID eventId) {

    public AlarmChanged(UUID alarmId, Change change) {
        this(alarmId, change, UUID.randomUUID());
    }

    public enum Change {
        RAISED,
        CHANGED,
        ACKNOWLEDGED,
        UNACKNOWLEDGED,
        CLEARED
    }
}
