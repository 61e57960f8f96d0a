package io.chainline.console.audit.service;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit log as RFC 4180 CSV, for compliance reviews and spreadsheets. */
public final class AuditCsv {

    private static final String HEADER = "id,occurred_at,actor,action,area,target_id,source,detail\r\n";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AuditCsv() {}

    public static String write(List<AuditLog.Entry> entries) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AuditLog.Entry e : entries) {
            csv.append(e.id())
                    .append(',')
                    .append(DateTimeFormatter.ISO_INSTANT.format(e.at()))
                    .append(',')
                    .append(field(e.actor()))
                    .append(',')
                    .append(field(e.action()))
                    .append(',')
                    .append(field(e.area()))
                    .append(',')
                    .append(field(e.targetId()))
                    .append(',')
                    .append(field(e.source()))
                    .append(',')
                    .append(field(e.detail()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quotes when needed; a leading =, +, -, @, TAB or CR is neutralised so a spreadsheet never runs it as a formula
     * (spreadsheets strip a leading TAB or CR and then evaluate what follows, so those count as formula starts too).
     */
    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
