package io.chainline.console.base.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readiness that proves the database takes writes: one UPDATE of the {@code write_probe} row (V010), committed in a
 * transaction of its own. Spring's {@code db} check only asks the pool whether a connection is valid, which stayed UP
 * while H2, closed after an out-of-memory error, refused every write; a console that cannot write is not ready.
 */
@Component("databaseWrites")
class WritableDatabase implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WritableDatabase.class);
    private static final int TIMEOUT_SECONDS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String writer = "pid " + ProcessHandle.current().pid();
    private final AtomicBoolean failing = new AtomicBoolean();

    WritableDatabase(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
        this.tx = new TransactionTemplate(transactions);
        // never part of a caller's transaction, so the probe's commit is its own and proves the commit path
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setTimeout(TIMEOUT_SECONDS);
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            Integer rows = tx.execute(s -> jdbc.update(
                    "UPDATE write_probe SET written_at = ?, written_by = ? WHERE id = 1",
                    OffsetDateTime.now(clock),
                    writer));
            if (rows == null || rows != 1) {
                return down("The write probe's row is missing (db-migrations V010 inserts it).");
            }
            if (failing.compareAndSet(true, false)) {
                log.info("chainline.database.writes recovered: the database takes writes again");
            }
            return Health.up()
                    .withDetail("probe", "a row updated and committed")
                    .build();
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            if (failing.compareAndSet(false, true)) {
                log.error(
                        "chainline.database.writes failing: the console is not ready until the database takes"
                                + " writes (an H2 database closed after an error needs a restart)",
                        e);
            }
            return down(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static Health down(String error) {
        return Health.down().withDetail("error", error).build();
    }
}
