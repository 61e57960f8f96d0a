package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.domain.RecurrenceKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occurrences in local wall-clock time, placed in their zone: DST gaps shift forward, overlaps run once. */
class RecurrenceTest {

    private static final String PARIS = "Europe/Paris";

    @Test
    void sundayTwoAmParisByCronAndByRruleAgreeAcrossBothDstChanges() {
        Recurrence cron = Recurrence.of(RecurrenceKind.CRON, "0 2 * * SUN", null, PARIS);
        Recurrence rule = Recurrence.of(
                RecurrenceKind.RRULE,
                "FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0;BYSECOND=0",
                LocalDateTime.parse("2026-01-04T02:00"),
                PARIS);
        // 2027-03-28 is the spring-forward Sunday: 02:00 does not exist and runs at 03:00 CEST (01:00Z)
        List<Instant> expected = List.of(
                Instant.parse("2027-03-21T01:00:00Z"),
                Instant.parse("2027-03-28T01:00:00Z"),
                Instant.parse("2027-04-04T00:00:00Z"));
        assertThat(occurrences(cron, Instant.parse("2027-03-15T00:00:00Z"), 3)).isEqualTo(expected);
        assertThat(occurrences(rule, Instant.parse("2027-03-15T00:00:00Z"), 3)).isEqualTo(expected);
        // 2026-10-25 is the fall-back Sunday: 02:00 exists twice and runs once, at the earlier offset (+02:00)
        List<Instant> autumn = List.of(
                Instant.parse("2026-10-18T00:00:00Z"),
                Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-11-01T01:00:00Z"));
        assertThat(occurrences(cron, Instant.parse("2026-10-12T00:00:00Z"), 3)).isEqualTo(autumn);
        assertThat(occurrences(rule, Instant.parse("2026-10-12T00:00:00Z"), 3)).isEqualTo(autumn);
    }

    @Test
    void theNextSundayUpgradeIsTheOneAfterNowInParisTime() {
        Recurrence cron = Recurrence.of(RecurrenceKind.CRON, "0 2 * * SUN", null, PARIS);
        Instant saturdayEvening =
                ZonedDateTime.parse("2026-11-28T20:00+01:00[Europe/Paris]").toInstant();
        assertThat(cron.nextAfter(saturdayEvening))
                .contains(ZonedDateTime.parse("2026-11-29T02:00+01:00[Europe/Paris]")
                        .toInstant());
    }

    @Test
    void anOverlapHourlyJobNeverRunsTwiceForOneLocalTime() {
        Recurrence hourly = Recurrence.of(RecurrenceKind.CRON, "30 * * * *", null, PARIS);
        List<Instant> night = occurrences(hourly, Instant.parse("2026-10-24T23:00:00Z"), 4);
        // local 01:30 (+02), 02:30 (+02, the earlier of two), 03:30 (+01), 04:30
        assertThat(night)
                .containsExactly(
                        Instant.parse("2026-10-24T23:30:00Z"),
                        Instant.parse("2026-10-25T00:30:00Z"),
                        Instant.parse("2026-10-25T02:30:00Z"),
                        Instant.parse("2026-10-25T03:30:00Z"));
    }

    @Test
    void onceIsOnceAndACountedRuleEnds() {
        Recurrence once = Recurrence.of(RecurrenceKind.ONCE, "", LocalDateTime.parse("2026-12-01T22:00"), "UTC");
        assertThat(once.nextAfter(Instant.parse("2026-12-01T21:59:59Z")))
                .contains(Instant.parse("2026-12-01T22:00:00Z"));
        assertThat(once.nextAfter(Instant.parse("2026-12-01T22:00:00Z"))).isEmpty();

        Recurrence three = Recurrence.of(
                RecurrenceKind.RRULE, "RRULE:FREQ=DAILY;COUNT=3", LocalDateTime.parse("2026-12-01T03:00"), "UTC");
        assertThat(occurrences(three, Instant.parse("2026-11-30T00:00:00Z"), 5)).hasSize(3);
    }

    @Test
    void badInputGetsACodedErrorThatSaysWhatToWrite() {
        assertThatThrownBy(() -> Recurrence.of(RecurrenceKind.CRON, "every sunday", null, "UTC"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("RECURRENCE-CRON-INVALID"))
                .hasMessageContaining("0 2 * * SUN");
        assertThatThrownBy(() -> Recurrence.of(
                        RecurrenceKind.RRULE, "FREQ=FORTNIGHTLY", LocalDateTime.parse("2026-12-01T03:00"), "UTC"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("RECURRENCE-RRULE-INVALID"));
        assertThatThrownBy(() -> Recurrence.of(RecurrenceKind.CRON, "0 2 * * SUN", null, "Europe/Pariss"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("RECURRENCE-ZONE-UNKNOWN"))
                .hasMessageContaining("Europe/Paris");
    }

    private static List<Instant> occurrences(Recurrence r, Instant from, int count) {
        List<Instant> out = new ArrayList<>();
        Instant cursor = from;
        for (int i = 0; i < count; i++) {
            var next = r.nextAfter(cursor);
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get());
            cursor = next.get();
        }
        return out;
    }
}
