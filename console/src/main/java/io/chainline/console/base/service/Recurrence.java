package io.chainline.console.base.service;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException.Category;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.springframework.scheduling.support.CronExpression;

/**
 * When something recurs, in a time zone: once, by cron or by an RFC 5545 RRULE. Every kind computes occurrences in
 * local wall-clock time and only then places them in the zone, so all three treat DST alike: a local time that does
 * not exist (the spring-forward gap) runs shifted by the gap's length (02:00 becomes 03:00), and one that exists twice
 * (the fall-back overlap) runs once, at the earlier offset. That is RFC 5545's rule, and what an operator who wrote
 * "Sunday 02:00 Europe/Paris" expects.
 */
public sealed interface Recurrence {

    ZoneId zone();

    /** The first occurrence strictly after {@code after}; empty when there is none (a past once, an exhausted rule). */
    Optional<Instant> nextAfter(Instant after);

    /** In words, for lists and reasons. */
    String describe();

    static Recurrence of(RecurrenceKind kind, String expression, LocalDateTime start, String zoneId) {
        ZoneId zone = zone(zoneId);
        String text = expression == null ? "" : expression.strip();
        return switch (kind) {
            case ONCE -> new Once(start, zone);
            case CRON -> Cron.parse(text, zone);
            case RRULE -> Rule.parse(text, start, zone);
        };
    }

    static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(zoneId == null || zoneId.isBlank() ? "UTC" : zoneId.strip());
        } catch (DateTimeException e) {
            throw new ChainlineException(
                    "RECURRENCE-ZONE-UNKNOWN",
                    Category.INVALID,
                    "Unknown time zone '" + zoneId + "'; use a region name such as Europe/Paris or UTC.",
                    e);
        }
    }

    /** Places a local wall-clock time in a zone the RFC 5545 way (see the type's comment). */
    static Instant place(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** A single time. */
    record Once(LocalDateTime at, ZoneId zone) implements Recurrence {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            Instant at = place(this.at, zone);
            return at.isAfter(after) ? Optional.of(at) : Optional.empty();
        }

        @Override
        public String describe() {
            return "once at " + at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ') + " " + zone;
        }
    }

    /** Spring's cron (seconds field optional: five fields are the classic minute-first form). */
    record Cron(String expression, CronExpression cron, ZoneId zone) implements Recurrence {

        static Cron parse(String text, ZoneId zone) {
            String full = text.split("\\s+").length == 5 ? "0 " + text : text;
            try {
                return new Cron(text, CronExpression.parse(full), zone);
            } catch (IllegalArgumentException e) {
                throw new ChainlineException(
                        "RECURRENCE-CRON-INVALID",
                        Category.INVALID,
                        "'" + text + "' is not a cron expression (" + e.getMessage()
                                + "); write minute hour day-of-month month day-of-week, e.g. '0 2 * * SUN'.",
                        e);
            }
        }

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            LocalDateTime local = LocalDateTime.ofInstant(after, zone);
            for (int i = 0; i < 10_000; i++) {
                local = cron.next(local);
                if (local == null) {
                    return Optional.empty();
                }
                Instant placed = place(local, zone);
                if (placed.isAfter(after)) {
                    return Optional.of(placed);
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "cron '" + expression + "' " + zone;
        }
    }

    /** An RFC 5545 RRULE from a local start (its DTSTART), e.g. FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0. */
    record Rule(String expression, RecurrenceRule rule, LocalDateTime start, ZoneId zone) implements Recurrence {

        static Rule parse(String text, LocalDateTime start, ZoneId zone) {
            String body = text.regionMatches(true, 0, "RRULE:", 0, 6) ? text.substring(6) : text;
            try {
                return new Rule(body, new RecurrenceRule(body), start, zone);
            } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
                throw new ChainlineException(
                        "RECURRENCE-RRULE-INVALID",
                        Category.INVALID,
                        "'" + text + "' is not an RFC 5545 RRULE (" + e.getMessage()
                                + "); e.g. FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0.",
                        e);
            }
        }

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            RecurrenceRuleIterator it = rule.iterator(floating(start));
            LocalDateTime from = LocalDateTime.ofInstant(after, zone).minusDays(1);
            if (from.isAfter(start)) {
                it.fastForward(floating(from));
            }
            for (int i = 0; i < 100_000 && it.hasNext(); i++) {
                DateTime next = it.nextDateTime();
                LocalDateTime local = LocalDateTime.of(
                        next.getYear(),
                        next.getMonth() + 1,
                        next.getDayOfMonth(),
                        next.getHours(),
                        next.getMinutes(),
                        next.getSeconds());
                Instant placed = place(local, zone);
                if (placed.isAfter(after)) {
                    return Optional.of(placed);
                }
            }
            return Optional.empty();
        }

        private static DateTime floating(LocalDateTime t) {
            return new DateTime(
                    t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        }

        @Override
        public String describe() {
            return "RRULE " + expression + " from "
                    + start.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ') + " " + zone;
        }
    }
}
