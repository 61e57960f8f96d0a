package io.chainline.console.maintenance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.Recurrence;
import io.chainline.console.maintenance.domain.WindowKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allow and deny windows, scoped to targets, sites and labels; deny wins; the next opening is found. */
class MaintenanceCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final WindowScope.TargetFacts PARIS_EDGE =
            new WindowScope.TargetFacts("edge-paris", "paris", Map.of("tier", "edge"));
    private static final WindowScope.TargetFacts LYON_CORE =
            new WindowScope.TargetFacts("core-lyon", "lyon", Map.of("tier", "core"));

    private static MaintenanceCalendar.Window window(
            String name, WindowKind kind, String cron, int minutes, WindowScope scope) {
        return new MaintenanceCalendar.Window(
                name,
                kind,
                Recurrence.of(RecurrenceKind.CRON, cron, null, "Europe/Paris"),
                Duration.ofMinutes(minutes),
                scope);
    }

    private final MaintenanceCalendar.Window sundayNights = window(
            "Sunday nights",
            WindowKind.ALLOW,
            "0 1 * * SUN",
            240,
            new WindowScope(List.of(), List.of("paris"), Map.of()));
    private final MaintenanceCalendar.Window freeze = new MaintenanceCalendar.Window(
            "Year-end freeze",
            WindowKind.DENY,
            Recurrence.of(RecurrenceKind.ONCE, "", LocalDateTime.parse("2026-12-20T00:00"), "Europe/Paris"),
            Duration.ofDays(14),
            new WindowScope(List.of(), List.of(), Map.of("tier", "edge")));

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    @Test
    void aTargetWithAllowWindowsIsOpenOnlyInsideThem() {
        var calendar = new MaintenanceCalendar(List.of(sundayNights));
        assertThat(calendar.verdict(List.of(PARIS_EDGE), paris("2026-11-29T02:00"), PARIS)
                        .open())
                .isTrue();
        var saturday = calendar.verdict(List.of(PARIS_EDGE), paris("2026-11-28T14:00"), PARIS);
        assertThat(saturday.open()).isFalse();
        assertThat(saturday.reasons()).singleElement().asString().contains("outside its allow windows (Sunday nights)");
        assertThat(saturday.nextOpening()).contains(paris("2026-11-29T01:00"));
        // the window ends at 05:00, exclusive
        assertThat(calendar.verdict(List.of(PARIS_EDGE), paris("2026-11-29T05:00"), PARIS)
                        .open())
                .isFalse();
    }

    @Test
    void targetsNoWindowCoversAreAlwaysOpen() {
        var calendar = new MaintenanceCalendar(List.of(sundayNights));
        var verdict = calendar.verdict(List.of(LYON_CORE), paris("2026-11-28T14:00"), PARIS);
        assertThat(verdict.open()).isTrue();
        assertThat(verdict.reasons()).singleElement().asString().contains("no maintenance window restricts core-lyon");
    }

    @Test
    void denyWinsOverAllowAndTheNextOpeningIsAfterTheFreeze() {
        var calendar = new MaintenanceCalendar(List.of(sundayNights, freeze));
        var inFreeze = calendar.verdict(List.of(PARIS_EDGE), paris("2026-12-27T02:00"), PARIS);
        assertThat(inFreeze.open()).isFalse();
        assertThat(inFreeze.reasons()).anySatisfy(r -> assertThat(r).contains("deny window 'Year-end freeze'"));
        // the freeze ends Sunday 2027-01-03 00:00; that Sunday's window opens at 01:00
        assertThat(inFreeze.nextOpening()).contains(paris("2027-01-03T01:00"));
    }

    @Test
    void aJobOnSeveralTargetsWaitsUntilAllAreOpen() {
        var lyonWeekdays = window(
                "Lyon early mornings",
                WindowKind.ALLOW,
                "0 4 * * *",
                120,
                new WindowScope(List.of("core-lyon"), List.of(), Map.of()));
        var calendar = new MaintenanceCalendar(List.of(sundayNights, lyonWeekdays));
        var verdict = calendar.verdict(List.of(PARIS_EDGE, LYON_CORE), paris("2026-11-28T12:00"), PARIS);
        assertThat(verdict.open()).isFalse();
        // Sunday 04:00-05:00 is inside both
        assertThat(verdict.nextOpening()).contains(paris("2026-11-29T04:00"));
    }

    @Test
    void nothingOpensWithinTheHorizonSaysSo() {
        var never = new MaintenanceCalendar.Window(
                "Decommissioned",
                WindowKind.DENY,
                Recurrence.of(RecurrenceKind.ONCE, "", LocalDateTime.parse("2026-11-01T00:00"), "UTC"),
                Duration.ofDays(14),
                WindowScope.fleet());
        var calendar = new MaintenanceCalendar(
                List.of(never, window("Empty", WindowKind.ALLOW, "0 0 30 2 *", 60, WindowScope.fleet())));
        var verdict = calendar.verdict(List.of(LYON_CORE), paris("2026-11-10T12:00"), PARIS);
        assertThat(verdict.open()).isFalse();
        assertThat(verdict.nextOpening()).isEmpty();
    }
}
