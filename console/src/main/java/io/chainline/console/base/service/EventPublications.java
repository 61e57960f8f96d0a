package io.chainline.console.base.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry (ADR 24) moving on every console: resubmits what a listener left incomplete
 * (it failed, or its console died) once it is older than {@code chainline.events.resubmit-after}, backing off by
 * doubling up to {@code resubmit-backoff-max}; frees a resubmission whose console died before it finished; deletes
 * completed publications after {@code retention}; and counts the incomplete ones for Prometheus.
 *
 * <p>No lease is needed with several consoles on one database: the registry marks a publication RESUBMITTED with a
 * conditional update ({@code status <> 'RESUBMITTED'}), so one console resubmits it per round, and every listener is
 * idempotent, so the rare second delivery (a slow first one outlived the bound) changes nothing.
 */
@Component
class EventPublications implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration resubmitAfter;
    private final Duration backoffMax;
    private final Duration retention;
    private final PeriodicTask rounds;

    EventPublications(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            JdbcTemplate jdbc,
            Clock clock,
            MeterRegistry meters,
            @Value("${chainline.events.check-interval:PT30S}") Duration interval,
            @Value("${chainline.events.resubmit-after:PT1M}") Duration resubmitAfter,
            @Value("${chainline.events.resubmit-backoff-max:PT30M}") Duration backoffMax,
            @Value("${chainline.events.retention:P7D}") Duration retention) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rounds = new PeriodicTask("event-publications", Duration.ZERO, interval, this::keep);
        this.resubmitAfter = resubmitAfter;
        this.backoffMax = backoffMax;
        this.retention = retention;
        Gauge.builder("chainline.events.incomplete", this, EventPublications::countIncomplete)
                .description("Cross-feature event publications whose listener has not completed (failed or pending)")
                .register(meters);
    }

    /** One round: free stuck resubmissions, resubmit what is due, purge what completed long ago. */
    void keep() {
        Instant now = clock.instant();
        int freed = jdbc.update(
                "UPDATE event_publication SET status = 'FAILED' WHERE status = 'RESUBMITTED'"
                        + " AND completion_date IS NULL AND last_resubmission_date < ?",
                now.minus(resubmitAfter).atOffset(ZoneOffset.UTC));
        if (freed > 0) {
            log.warn(
                    "{} event publication(s) resubmitted over {} ago never finished; they will be resubmitted",
                    freed,
                    resubmitAfter);
        }
        incomplete.resubmitIncompletePublications(publication -> due(publication, now));
        completed.deletePublicationsOlderThan(retention);
    }

    /** Older than the bound, and its last resubmission (if any) further back than its backoff. */
    boolean due(EventPublication publication, Instant now) {
        if (!publication.getPublicationDate().isBefore(now.minus(resubmitAfter))) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate();
        boolean due = last == null
                || !last.plus(backoff(publication.getCompletionAttempts())).isAfter(now);
        if (due) {
            log.warn(
                    "Event publication {} ({}, published {}) is due for resubmission, attempt {}",
                    publication.getIdentifier(),
                    publication.getEvent().getClass().getSimpleName(),
                    publication.getPublicationDate(),
                    publication.getCompletionAttempts() + 1);
        }
        return due;
    }

    /** The bound after the first resubmission, doubling with each one, at most the maximum. */
    Duration backoff(int attempts) {
        Duration wait = resubmitAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private double countIncomplete() {
        try {
            Long count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException unreadable) {
            return Double.NaN; // the database's own health says why
        }
    }

    @Override
    public PeriodicTask rounds() {
        return rounds;
    }
}
