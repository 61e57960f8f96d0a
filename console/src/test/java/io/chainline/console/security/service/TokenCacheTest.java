package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.domain.Role;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A token's caller is reused for a few seconds, never past the token's expiry, and forgotten on revoke or change. */
class TokenCacheTest {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final TokenCache cache = new TokenCache(clock);
    private final UUID tokenId = UUID.randomUUID();
    private final TokenCache.Hit hit = new TokenCache.Hit(
            new ApiTokenService.Caller("alice", Role.OPERATOR, "ci"), tokenId, Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void reusedForFiveSeconds() {
        cache.remember("h1", hit);
        clock.setNow(Instant.parse("2026-12-05T09:00:04Z"));
        assertThat(cache.find("h1")).contains(hit);
        assertThat(cache.find("h2")).isEmpty();
        clock.setNow(Instant.parse("2026-12-05T09:00:05Z"));
        assertThat(cache.find("h1")).isEmpty();
    }

    @Test
    void neverPastTheTokensExpiry() {
        TokenCache.Hit expiring = new TokenCache.Hit(hit.caller(), tokenId, Instant.parse("2026-12-05T09:00:02Z"));
        cache.remember("h1", expiring);
        clock.setNow(Instant.parse("2026-12-05T09:00:02Z"));
        assertThat(cache.find("h1")).isEmpty();
    }

    @Test
    void forgottenOnRevokeAndWhenTheOwnerChanges() {
        cache.remember("h1", hit);
        cache.forgetToken(tokenId);
        assertThat(cache.find("h1")).isEmpty();
        cache.remember("h1", hit);
        cache.forgetOwner("ALICE");
        assertThat(cache.find("h1")).isEmpty();
    }
}
