package io.chainline.console.alarm.api;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.domain.AlarmNote;
import io.chainline.console.base.domain.Fault;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The console's own alarm API's shapes: everything an alarm holds, in Chainline's words. */
final class AlarmRows {

    private AlarmRows() {}

    /** One alarm. {@code state} is ACTIVE or CLEARED; {@code version} is its ETag. */
    record Row(
            UUID id,
            String state,
            String severity,
            String perceivedSeverity,
            String source,
            String cause,
            Fault.ManagedObject managedObject,
            Fault.Resource resource,
            String eventType,
            String probableCause,
            String details,
            boolean rootCause,
            boolean external,
            Instant raisedAt,
            Instant changedAt,
            Instant lastSeenAt,
            int seenCount,
            Instant clearedAt,
            String clearedBy,
            String ackState,
            String ackBy,
            Instant ackAt,
            String ackComment,
            long version) {

        static Row of(Alarm a) {
            return new Row(
                    a.getId(),
                    a.isActive() ? "ACTIVE" : "CLEARED",
                    a.getSeverity().name(),
                    a.getPerceivedSeverity().name(),
                    a.getScope().source(),
                    a.getCause(),
                    a.getManagedObject(),
                    a.getResource(),
                    a.getEventType().name(),
                    a.getProbableCause(),
                    a.getFaultDetails(),
                    a.isRootCause(),
                    a.isExternal(),
                    a.getRaisedAt(),
                    a.getChangedAt(),
                    a.getLastSeenAt(),
                    a.getSeenCount(),
                    a.getClearedAt().orElse(null),
                    a.getClearedBy().orElse(null),
                    a.getAckState().name(),
                    a.getAckBy().orElse(null),
                    a.getAckAt().orElse(null),
                    a.getAckComment().orElse(null),
                    a.getVersion());
        }
    }

    /** A page of alarms, newest raised first. */
    record Page(List<Row> alarms, long total, int page, int size) {}

    /** One alarm with what operators wrote on it and the alarms it explains or is explained by. */
    record Detail(Row alarm, List<Note> notes, List<UUID> correlatedAlarmIds) {}

    record Note(UUID id, String author, String text, Instant writtenAt) {
        static Note of(AlarmNote n) {
            return new Note(n.getId(), n.getAuthor(), n.getText(), n.getWrittenAt());
        }
    }

    record Comment(String comment) {}

    record NoteText(String text) {}

    record Bulk(List<UUID> ids, String comment) {}

    record Acknowledged(int acknowledged) {}
}
