package io.chainline.console.deployment.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ConsoleInstance;
import io.chainline.console.base.service.PeriodicTask;
import io.chainline.console.base.service.PeriodicWork;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bounds the tables that only grow (issue 24): job events ({@code chainline.retention.job-events}) and finished SOL005
 * deliveries ({@code chainline.retention.deliveries}) older than their retention (90 days by default, 0 keeps them
 * for ever) are deleted in batches of {@code chainline.retention.batch-size}, each its own short transaction, so a
 * purge never holds a table's locks for long. A round claims the {@code retention_run} row first, so one console per
 * interval purges and writes the one audit entry with the counts. Audit records are never purged; pending
 * deliveries are never purged, whatever their age. The SQL names the deliveries table only: nothing here depends on
 * the nfvo feature's code.
 */
@Component
public class HistoryRetention implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    /** What one purge deleted; {@code ran} is false when another console had purged within the interval. */
    public record Purged(boolean ran, int jobEvents, int deliveries) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final String holder;
    private final Settings settings;
    private final PeriodicTask rounds;

    /** The retention of each table, the pause between purges and the rows one DELETE takes. */
    public record Settings(Duration jobEvents, Duration deliveries, Duration interval, int batch) {}

    @Autowired
    HistoryRetention(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            AuditLog audit,
            Clock clock,
            ConsoleInstance instance,
            @Value("${chainline.retention.job-events:P90D}") Duration jobEvents,
            @Value("${chainline.retention.deliveries:P90D}") Duration deliveries,
            @Value("${chainline.retention.interval:PT1H}") Duration interval,
            @Value("${chainline.retention.batch-size:1000}") int batch) {
        this(jdbc, tx, audit, clock, instance.id(), new Settings(jobEvents, deliveries, interval, batch));
    }

    public HistoryRetention(
            JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, Clock clock, String holder, Settings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.holder = holder;
        this.settings = settings;
        this.rounds = new PeriodicTask("history-retention", settings.interval(), settings.interval(), this::purge);
    }

    /** One round: claims the interval's purge (or leaves it to the console that did), deletes, audits the counts. */
    public Purged purge() {
        Instant now = clock.instant();
        int claimed = jdbc.update(
                "UPDATE retention_run SET holder = ?, ran_at = ? WHERE name = 'history' AND ran_at <= ?",
                holder,
                Timestamp.from(now),
                Timestamp.from(now.minus(settings.interval().dividedBy(2))));
        if (claimed == 0) {
            return new Purged(false, 0, 0);
        }
        int events = deleted("job_event", "at < ?", settings.jobEvents(), now);
        int deliveries =
                deleted("sol005_delivery", "state <> 'PENDING' AND created_at < ?", settings.deliveries(), now);
        if (events + deliveries > 0) {
            String detail = "Deleted " + events + " job events older than "
                    + settings.jobEvents().toDays()
                    + " days and " + deliveries + " finished SOL005 deliveries older than "
                    + settings.deliveries().toDays() + " days (audit records are kept).";
            tx.executeWithoutResult(s -> audit.record("system", "retention.purge", "retention", "history", detail));
            log.info("chainline.retention.purged job-events={} deliveries={}", events, deliveries);
        }
        return new Purged(true, events, deliveries);
    }

    /** Deletes the table's rows matching {@code older} before now minus the retention, a batch at a time. */
    private int deleted(String table, String older, Duration retention, Instant now) {
        if (retention.isZero() || retention.isNegative()) {
            return 0;
        }
        Timestamp before = Timestamp.from(now.minus(retention));
        String sql = "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE " + older
                + " FETCH FIRST " + settings.batch() + " ROWS ONLY)";
        int total = 0;
        int batch;
        do {
            batch = jdbc.update(sql, before);
            total += batch;
        } while (batch == settings.batch());
        return total;
    }

    @Override
    public PeriodicTask rounds() {
        return rounds;
    }
}
