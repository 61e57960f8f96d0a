package io.chainline.console.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV that spreadsheets read right and never execute. */
class AuditCsvTest {

    @Test
    void quotesWhatNeedsItAndDefusesFormulas() {
        var entry = new AuditLog.Entry(
                Instant.parse("2026-11-29T01:00:00Z"),
                "alice",
                "window.created",
                "ALLOW \"Sunday nights\", 240 min\nsecond line",
                7,
                "window",
                "id-1",
                "=HYPERLINK(\"http://evil\")");
        String csv = AuditCsv.write(List.of(entry));
        assertThat(csv)
                .startsWith("id,occurred_at,actor,action,area,target_id,source,detail\r\n")
                .contains("7,2026-11-29T01:00:00Z,alice,window.created,window,id-1,")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("\"ALLOW \"\"Sunday nights\"\", 240 min\nsecond line\"\r\n");
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field("plain")).isEqualTo("plain");
    }

    @Test
    void defusesLeadingTabAndCarriageReturn() {
        assertThat(AuditCsv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(AuditCsv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(AuditCsv.field("+41 22")).isEqualTo("'+41 22");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("a\tb")).isEqualTo("a\tb");
    }
}
