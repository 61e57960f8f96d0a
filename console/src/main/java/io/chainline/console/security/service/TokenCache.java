package io.chainline.console.security.service;

import io.chainline.console.security.domain.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who a token secret authenticated, remembered for {@link #TTL} so an automation calling the API does not cost two
 * lookups per request. Keyed by the secret's SHA-256 (as stored), never the secret. Revocation and changes to the owner
 * (role, disabled, password) forget the entries at once on this replica; the other replicas answer from the database
 * again within {@link #TTL}. A token's own expiry is checked on every hit, so no entry outlives its token.
 */
@Component
public class TokenCache {

    static final Duration TTL = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 10_000;

    /** What a hit gives: the caller, the token (to count its use) and when the token itself expires. */
    record Hit(ApiTokenService.Caller caller, UUID tokenId, Instant tokenExpiresAt) {}

    private record Entry(Hit hit, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    Optional<Hit> find(String secretHash) {
        Entry entry = entries.get(secretHash);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.until()) || !now.isBefore(entry.hit().tokenExpiresAt())) {
            entries.remove(secretHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.hit());
    }

    void remember(String secretHash, Hit hit) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(secretHash, new Entry(hit, now.plus(TTL)));
    }

    /** After a revocation: the token stops working on this replica at once. */
    void forgetToken(UUID tokenId) {
        entries.values().removeIf(e -> e.hit().tokenId().equals(tokenId));
    }

    /** After a change to the owner's role, enabled state or password. */
    public void forgetOwner(String username) {
        String name = UserAccount.normaliseUsername(username);
        entries.values().removeIf(e -> e.hit().caller().username().equals(name));
    }
}
