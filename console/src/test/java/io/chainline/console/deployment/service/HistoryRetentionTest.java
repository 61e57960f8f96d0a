package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.support.ListSeeds;
import io.chainline.console.support.ThreadStatements;
import io.chainline.console.support.ViewTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (issue 24) with a fixed clock: only job events and finished deliveries older than their retention go,
 * in batches; audit records stay; one console per interval purges; the purge is audited.
 */
@TestPropertySource(properties = ThreadStatements.PROPERTY)
class HistoryRetentionTest extends ViewTest {

    static final String PREFIX = "ret-";
    /** Now: rows the rest of the context writes are recent, so only the rows written here are old enough. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditLog audit;

    @Autowired
    DeploymentJson json;

    @AfterEach
    void unseed() {
        new ListSeeds(jdbc, json).remove(PREFIX);
        jdbc.update("DELETE FROM sol005_subscription WHERE callback_uri LIKE 'http://127.0.0.1:9/ret-%'");
        jdbc.update("UPDATE retention_run SET ran_at = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'");
    }

    HistoryRetention retention(String holder, Duration events, Duration deliveries) {
        return new HistoryRetention(
                jdbc,
                tx,
                audit,
                Clock.fixed(NOW, ZoneOffset.UTC),
                holder,
                new HistoryRetention.Settings(events, deliveries, Duration.ofHours(1), 2));
    }

    @Test
    void purgesOnlyRowsOlderThanTheRetentionAndAuditsTheCounts() {
        new ListSeeds(jdbc, json).deployments(PREFIX, 1);
        UUID job = jdbc.queryForObject(
                "SELECT j.id FROM deployment_job j JOIN deployment d ON d.id = j.deployment_id WHERE d.name = ?",
                UUID.class,
                PREFIX + "0");
        for (int i = 0; i < 5; i++) {
            event(job, i, NOW.minus(91 + i, ChronoUnit.DAYS));
        }
        event(job, 10, NOW.minus(89, ChronoUnit.DAYS));
        int auditsBefore = audit.history("retention", "history").size();

        HistoryRetention.Purged purged =
                retention("a", Duration.ofDays(90), Duration.ofDays(90)).purge();

        assertThat(purged.ran()).isTrue();
        assertThat(purged.jobEvents()).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT seq FROM job_event WHERE job_id = ?", Long.class, job))
                .containsExactly(10L);
        assertThat(audit.history("retention", "history"))
                .hasSize(auditsBefore + 1)
                .anySatisfy(e -> assertThat(e.detail()).contains("Deleted 5 job events older than 90 days"));
    }

    @Test
    void anotherConsoleWithinTheIntervalLeavesThePurgeToTheFirst() {
        assertThat(retention("a", Duration.ofDays(90), Duration.ofDays(90))
                        .purge()
                        .ran())
                .isTrue();
        assertThat(retention("b", Duration.ofDays(90), Duration.ofDays(90))
                        .purge()
                        .ran())
                .isFalse();
    }

    @Test
    void zeroKeepsJobEventsForever() {
        new ListSeeds(jdbc, json).deployments(PREFIX, 1);
        UUID job = jdbc.queryForObject(
                "SELECT j.id FROM deployment_job j JOIN deployment d ON d.id = j.deployment_id WHERE d.name = ?",
                UUID.class,
                PREFIX + "0");
        event(job, 1, NOW.minus(400, ChronoUnit.DAYS));

        HistoryRetention.Purged purged =
                retention("a", Duration.ZERO, Duration.ofDays(90)).purge();

        assertThat(purged.jobEvents()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_event WHERE job_id = ?", Integer.class, job))
                .isEqualTo(1);
    }

    @Test
    void finishedDeliveriesGoPendingOnesStay() {
        UUID subscription = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO sol005_subscription (id, api, callback_uri, filter_json, auth_type, created_at,"
                        + " created_by) VALUES (?, 'nslcm', 'http://127.0.0.1:9/ret-1', '{}', 'NONE', ?, 'test')",
                subscription,
                Timestamp.from(NOW));
        Instant old = NOW.minus(120, ChronoUnit.DAYS);
        delivery(subscription, "DELIVERED", old);
        delivery(subscription, "GAVE_UP", old);
        delivery(subscription, "PENDING", old);
        delivery(subscription, "DELIVERED", NOW.minus(30, ChronoUnit.DAYS));

        HistoryRetention.Purged purged =
                retention("a", Duration.ofDays(90), Duration.ofDays(90)).purge();

        assertThat(purged.deliveries()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT state FROM sol005_delivery WHERE subscription_id = ? ORDER BY created_at",
                        String.class,
                        subscription))
                .containsExactly("PENDING", "DELIVERED");
    }

    void delivery(UUID subscription, String state, Instant created) {
        // due far in the future, so the console's delivery worker never picks the pending one up
        jdbc.update(
                "INSERT INTO sol005_delivery (id, subscription_id, notification_type, payload, state, next_attempt_at,"
                        + " created_at) VALUES (?, ?, 'Test', '{}', ?, TIMESTAMP WITH TIME ZONE"
                        + " '2099-01-01 00:00:00+00', ?)",
                UUID.randomUUID(),
                subscription,
                state,
                Timestamp.from(created));
    }

    void event(UUID job, long seq, Instant at) {
        jdbc.update(
                "INSERT INTO job_event (id, job_id, seq, at, level, message) VALUES (?, ?, ?, ?, 'INFO', 'old')",
                UUID.randomUUID(),
                job,
                seq,
                Timestamp.from(at));
    }
}
