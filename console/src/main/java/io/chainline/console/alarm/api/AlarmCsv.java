package io.chainline.console.alarm.api;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.audit.service.AuditCsv;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Alarms as RFC 4180 CSV for the NOC's spreadsheets and tickets; formula-safe like the audit export. */
final class AlarmCsv {

    private static final String HEADER = "id,state,severity,source,object_kind,object,object_id,resource,nf,"
            + "target_id,event_type,probable_cause,details,root_cause,raised_at,changed_at,last_seen_at,seen_count,"
            + "cleared_at,cleared_by,ack_state,ack_by,ack_at,ack_comment\r\n";

    private AlarmCsv() {}

    static String write(List<Alarm> alarms) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Alarm a : alarms) {
            List<String> fields = List.of(
                    a.getId().toString(),
                    a.isActive() ? "ACTIVE" : "CLEARED",
                    a.getSeverity().name(),
                    a.getScope().source(),
                    a.getManagedObject().kind().name(),
                    a.getManagedObject().name(),
                    a.getManagedObject().id().toString(),
                    a.getResource().name(),
                    a.getResource().nf(),
                    a.getResource().targetId() == null
                            ? ""
                            : a.getResource().targetId().toString(),
                    a.getEventType().name(),
                    a.getProbableCause(),
                    a.getFaultDetails(),
                    String.valueOf(a.isRootCause()),
                    time(Optional.of(a.getRaisedAt())),
                    time(Optional.of(a.getChangedAt())),
                    time(Optional.of(a.getLastSeenAt())),
                    String.valueOf(a.getSeenCount()),
                    time(a.getClearedAt()),
                    a.getClearedBy().orElse(""),
                    a.getAckState().name(),
                    a.getAckBy().orElse(""),
                    time(a.getAckAt()),
                    a.getAckComment().orElse(""));
            csv.append(String.join(",", fields.stream().map(AuditCsv::field).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String time(Optional<Instant> at) {
        return at.map(Instant::toString).orElse("");
    }
}
