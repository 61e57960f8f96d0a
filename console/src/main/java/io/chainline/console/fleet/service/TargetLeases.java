package io.chainline.console.fleet.service;

import io.chainline.console.base.service.ConsoleInstance;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which targets this console watches: a lease per target (V014), so of N console replicas exactly one observes a
 * target at a time. {@link #renew} takes every target whose lease is free, expired or already ours, with one
 * conditional UPDATE (or the first INSERT) each, so two consoles never both win; a console that dies stops renewing and
 * another takes its targets over after {@code ttl}. Plain SQL, since the row is a lock rather than an entity.
 */
@Component
public class TargetLeases {

    private final JdbcTemplate jdbc;
    private final String holder;
    private final Clock clock;
    private final Duration ttl;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    @Autowired
    TargetLeases(
            DataSource dataSource,
            ConsoleInstance instance,
            Clock clock,
            @Value("${chainline.watch.lease-ttl:PT45S}") Duration ttl) {
        this(dataSource, instance.id(), clock, ttl);
    }

    /** Leases for the console named {@code holder}; tests play several consoles with it. */
    public TargetLeases(DataSource dataSource, String holder, Clock clock, Duration ttl) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.holder = holder;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * Renews or takes the lease of each of {@code targets} that is free, expired or ours; drops leases of targets no
     * longer registered. Returns the targets this console now holds.
     */
    public Set<UUID> renew(Collection<UUID> targets) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(ttl));
        Set<UUID> mine = ConcurrentHashMap.newKeySet();
        for (UUID target : targets) {
            if (take(target, at, until)) {
                mine.add(target);
            }
        }
        held.retainAll(mine);
        held.addAll(mine);
        List<UUID> leased = jdbc.queryForList("SELECT target_id FROM target_lease", UUID.class);
        leased.stream()
                .filter(id -> !targets.contains(id))
                .forEach(id -> jdbc.update("DELETE FROM target_lease WHERE target_id = ?", id));
        return Set.copyOf(mine);
    }

    private boolean take(UUID target, Timestamp now, Timestamp until) {
        int updated = jdbc.update(
                "UPDATE target_lease SET holder = ?, expires_at = ?, renewed_at = ? "
                        + "WHERE target_id = ? AND (holder = ? OR expires_at < ?)",
                holder,
                until,
                now,
                target,
                holder,
                now);
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.update(
                            "INSERT INTO target_lease (target_id, holder, expires_at, renewed_at) VALUES (?, ?, ?, ?)",
                            target,
                            holder,
                            until,
                            now)
                    == 1;
        } catch (DuplicateKeyException held) {
            return false; // another console holds it and renews it
        }
    }

    /** Whether this console held {@code target}'s lease at its last renewal. */
    public boolean holds(UUID target) {
        return held.contains(target);
    }

    /** The targets this console held at its last renewal. */
    public Set<UUID> held() {
        return Set.copyOf(held);
    }

    /** Gives every lease up (the console stops), so another console takes over at once instead of after the ttl. */
    public void release() {
        jdbc.update("DELETE FROM target_lease WHERE holder = ?", holder);
        held.clear();
    }

    public String holder() {
        return holder;
    }
}
