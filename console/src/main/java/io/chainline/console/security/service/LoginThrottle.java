package io.chainline.console.security.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.security.domain.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, per user name and per client address, for the login form and HTTP Basic alike. After
 * {@value #FREE_FAILURES} failures each further try must wait 1 s, 2 s, 4 s … (at most {@link #MAX_DELAY}); after
 * {@value #LOCK_AFTER} failures the name or address is locked for {@link #LOCK}. A refused try is decided before any
 * password hash is computed, so a flood costs nothing; a success clears the name and the address. State is in memory
 * (bounded): a restart forgets it, which only ever helps the legitimate user.
 */
@Service
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int LOCK_AFTER = 20;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 20_000;
    /** Many users may share an address (NAT, a proxy): it gets ten times the tries before it is slowed down. */
    static final int ADDRESS_FACTOR = 10;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Failures since the last success, and until when further tries are refused. */
    private record Strikes(int failures, Instant blockedUntil, Instant lastFailure) {}

    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottle(AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** How long the caller must wait before trying this user name from this address; empty when a try may go on. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(userKey(username)), blockedUntil(addressKey(address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        evictIfFull();
        strike(userKey(username), 1, "user " + name(username), address);
        strike(addressKey(address), ADDRESS_FACTOR, "address " + address, address);
    }

    public void succeeded(String username, String address) {
        strikes.remove(userKey(username));
        strikes.remove(addressKey(address));
    }

    private void strike(String key, int factor, String who, String address) {
        Instant now = clock.instant();
        Strikes after = strikes.merge(key, new Strikes(1, now, now), (old, one) -> {
            int failures = old.failures() + 1;
            return new Strikes(failures, now.plus(delay(failures, factor)), now);
        });
        if (after.failures() == FREE_FAILURES * factor || after.failures() == LOCK_AFTER * factor) {
            boolean locked = after.failures() == LOCK_AFTER * factor;
            record(who, address, locked ? "login.locked" : "login.throttled", after.failures());
        }
    }

    /** The wait after the {@code failures}-th failure: none for the first few, then doubling, then the lock. */
    static Duration delay(int failures, int factor) {
        if (failures < FREE_FAILURES * factor) {
            return Duration.ZERO;
        }
        if (failures >= LOCK_AFTER * factor) {
            return LOCK;
        }
        Duration doubling = Duration.ofSeconds(1L << Math.min(30, (failures - FREE_FAILURES * factor) / factor));
        return doubling.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubling;
    }

    private void record(String who, String address, String action, int failures) {
        try {
            // the source (the client address) is filled in by the audit log from the request
            tx.executeWithoutResult(s -> audit.record(
                    "anonymous", action, "login", who, failures + " failed sign-ins in a row from " + address));
        } catch (RuntimeException e) {
            log.warn("chainline.login.audit-failed action={} error={}", action, e.toString());
        }
    }

    private Instant blockedUntil(String key) {
        Strikes s = strikes.get(key);
        return s == null ? Instant.MIN : s.blockedUntil();
    }

    /** Bounded memory: entries whose last failure is older than the lock are dropped, then the oldest if need be. */
    private void evictIfFull() {
        if (strikes.size() < MAX_ENTRIES) {
            return;
        }
        Instant stale = clock.instant().minus(LOCK);
        strikes.values().removeIf(s -> s.lastFailure().isBefore(stale));
        if (strikes.size() >= MAX_ENTRIES) {
            strikes.entrySet().stream()
                    .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Strikes::lastFailure)))
                    .ifPresent(e -> strikes.remove(e.getKey()));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        return "u:" + name(username);
    }

    private static String name(String username) {
        return username == null ? "" : UserAccount.normaliseUsername(username);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
