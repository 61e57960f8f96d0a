package io.chainline.console.alarm.service;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.audit.service.AuditCsv;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Alarms as RFC 4180 CSV for handovers and spreadsheets, formula-safe the way the audit export is (the same field
 * rule: a cell starting with =, +, -, @, TAB or CR is neutralised).
 */
public final class AlarmCsv {

    private static final String HEADER = "id,perceived_severity,raised_at,changed_at,last_seen_at,cleared_at,"
            + "managed_object_kind,managed_object,resource_kind,resource,nf,probable_cause,event_type,details,"
            + "ack_state,ack_by,ack_at,ack_comment,count,source\r\n";

    private AlarmCsv() {}

    public static String write(List<Alarm> alarms) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Alarm a : alarms) {
            List<String> cells = List.of(
                    a.getId().toString(),
                    a.getPerceivedSeverity().name(),
                    time(a.getRaisedAt()),
                    time(a.getChangedAt()),
                    time(a.getLastSeenAt()),
                    time(a.getClearedAt()),
                    a.getManagedObject().kind().name(),
                    a.getManagedObject().name(),
                    a.getResource().kind().name(),
                    a.getResource().name(),
                    a.getResource().nf(),
                    a.getProbableCause(),
                    a.getEventType().name(),
                    a.getFaultDetails(),
                    a.getAckState().name(),
                    a.getAckBy().orElse(""),
                    time(a.getAckAt()),
                    a.getAckComment().orElse(""),
                    String.valueOf(a.getSeenCount()),
                    a.getScope().source());
            csv.append(String.join(",", cells.stream().map(AuditCsv::field).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static String time(Optional<Instant> at) {
        return at.map(AlarmCsv::time).orElse("");
    }
}
