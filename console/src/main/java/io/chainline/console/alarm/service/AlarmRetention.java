package io.chainline.console.alarm.service;

import io.chainline.console.base.service.PeriodicTask;
import io.chainline.console.base.service.PeriodicWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes cleared alarms (and their notes) once older than {@code chainline.alarms.retention} (default 90 days), so
 * the history a NOC reads back stays bounded; active alarms are never deleted, whatever their age. Every console runs
 * it; the DELETE is idempotent, so two consoles at once only repeat each other.
 */
@Component
class AlarmRetention implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(AlarmRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final PeriodicTask rounds;

    AlarmRetention(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${chainline.alarms.retention:P90D}") Duration retention,
            @Value("${chainline.alarms.prune-interval:PT1H}") Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.rounds = new PeriodicTask("alarm-retention", interval, interval, this::prune);
    }

    /** Returns how many cleared alarms it deleted. */
    int prune() {
        Instant before = clock.instant().minus(retention);
        java.sql.Timestamp at = java.sql.Timestamp.from(before);
        jdbc.update(
                "DELETE FROM alarm_note WHERE alarm_id IN "
                        + "(SELECT id FROM alarm WHERE cleared_at IS NOT NULL AND cleared_at < ?)",
                at);
        int deleted = jdbc.update("DELETE FROM alarm WHERE cleared_at IS NOT NULL AND cleared_at < ?", at);
        if (deleted > 0) {
            log.info("chainline.alarm.pruned count={} cleared-before={}", deleted, before);
        }
        return deleted;
    }

    @Override
    public PeriodicTask rounds() {
        return rounds;
    }
}
