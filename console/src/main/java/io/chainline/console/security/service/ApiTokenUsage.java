package io.chainline.console.security.service;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When each token was last used, recorded off the request path: uses are coalesced in memory (the latest per token)
 * and written every few seconds with a plain conditional UPDATE, never through the versioned entity, so parallel
 * requests with one token never collide on an optimistic lock and a failed write never fails a request.
 */
@Component
class ApiTokenUsage {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenUsage.class);

    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    ApiTokenUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void used(UUID token, Instant at) {
        pending.merge(token, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The newest use not yet written, so views are current between flushes. */
    java.util.Optional<Instant> pendingFor(UUID token) {
        return java.util.Optional.ofNullable(pending.get(token));
    }

    @Scheduled(fixedDelayString = "${chainline.tokens.last-used-flush:PT5S}")
    @PreDestroy
    void flush() {
        for (UUID id : pending.keySet()) {
            Instant at = pending.remove(id);
            if (at == null) {
                continue;
            }
            try {
                Timestamp when = Timestamp.from(at);
                jdbc.update(
                        "UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                        when,
                        id,
                        when);
            } catch (RuntimeException e) {
                log.warn("chainline.tokens.last-used-not-recorded token={} error={}", id, e.toString());
            }
        }
    }
}
