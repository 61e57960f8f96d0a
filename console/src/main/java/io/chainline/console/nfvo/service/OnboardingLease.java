package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ConsoleInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is onboarding an upload, as a lease like the deployment jobs' (V010): the console taking an upload owns it and
 * beats for it; one whose owner stopped beating for {@code chainline.jobs.stale-after} is an orphan, and a console
 * claims it with one conditional UPDATE, so of several consoles exactly one does, and never while its owner beats.
 * Plain SQL on columns the entities do not map, so an entity's save never overwrites a newer beat or claim. The beat
 * renews only the uploads this console has in hand (queued or on a worker), so one whose worker died with an error is
 * recovered too instead of being kept alive for ever by a console that beats but no longer works on it.
 */
@Component
class OnboardingLease {

    /** The tables of the SOL005 resources; names from code, never from a request. */
    static final List<String> TABLES = List.of("vnf_package", "ns_descriptor_info", "pnf_descriptor_info");

    private static final String IN_FLIGHT = "onboarding_state IN ('UPLOADING', 'PROCESSING')";

    private final JdbcTemplate jdbc;
    private final String owner;
    private final Clock clock;
    private final Duration staleAfter;
    private final Set<UUID> inHand = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> tableOf = new ConcurrentHashMap<>();

    @Autowired
    OnboardingLease(
            DataSource dataSource,
            ConsoleInstance instance,
            Clock clock,
            @Value("${chainline.jobs.stale-after:PT30S}") Duration staleAfter) {
        this(dataSource, instance.id(), clock, staleAfter);
    }

    /** A lease for the console named {@code owner}; tests play several consoles with it. */
    OnboardingLease(DataSource dataSource, String owner, Clock clock, Duration staleAfter) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.owner = owner;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** This console owns {@code id} from now on; in the caller's transaction, with the state change it leases. */
    void take(String table, UUID id) {
        inHand.add(id);
        tableOf.put(id, checked(table));
        jdbc.update(
                "UPDATE " + checked(table) + " SET onboarding_owner = ?, onboarding_heartbeat_at = ? WHERE id = ?",
                owner,
                now(),
                id);
    }

    /** The worker is done with {@code id} (onboarded, failed, or gone wrong): no more beats for it. */
    void release(UUID id) {
        inHand.remove(id);
        tableOf.remove(id);
    }

    boolean holds(UUID id) {
        return inHand.contains(id);
    }

    /** Renews this console's leases on the uploads it has in hand. */
    void beat() {
        OffsetDateTime now = now();
        for (UUID id : List.copyOf(inHand)) {
            String table = tableOf.get(id);
            if (table != null) {
                jdbc.update(
                        "UPDATE " + table
                                + " SET onboarding_heartbeat_at = ? WHERE id = ? AND onboarding_owner = ? AND "
                                + IN_FLIGHT,
                        now,
                        id,
                        owner);
            }
        }
    }

    /** Uploads mid-onboarding whose owner stopped beating (or that never had one), whatever their age. */
    List<UUID> orphans(String table) {
        return jdbc
                .queryForList(
                        "SELECT id FROM " + checked(table) + " WHERE " + IN_FLIGHT + " AND " + expired(),
                        UUID.class,
                        staleBefore())
                .stream()
                // this console's own in hand stay its own even if its beats failed for a while
                .filter(id -> !inHand.contains(id))
                .toList();
    }

    /** Takes an orphan over; false when another console took it first or its owner beat again. */
    boolean claim(String table, UUID id) {
        return jdbc.update(
                        "UPDATE " + checked(table)
                                + " SET onboarding_owner = ?, onboarding_heartbeat_at = ? WHERE id = ?" + " AND "
                                + IN_FLIGHT + " AND " + expired(),
                        owner,
                        now(),
                        id,
                        staleBefore())
                == 1;
    }

    String owner() {
        return owner;
    }

    private static String expired() {
        return "(onboarding_owner IS NULL OR onboarding_heartbeat_at IS NULL OR onboarding_heartbeat_at < ?)";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private OffsetDateTime staleBefore() {
        return now().minus(staleAfter);
    }

    private static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an onboarding table: " + table);
        }
        return table;
    }
}
