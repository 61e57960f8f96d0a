package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** A checked password is reused briefly, only for the same password, and forgotten when the user changes. */
class PasswordCheckCacheTest {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final PasswordCheckCache cache = new PasswordCheckCache(clock);
    private final UserDetails alice =
            User.withUsername("alice").password("{noop}x").roles("VIEWER").build();

    @Test
    void reusedForSixtySecondsForTheSamePasswordOnly() {
        clock.setNow(Instant.parse("2026-12-04T10:00:00Z"));
        cache.remember("Alice", "s3cret", alice);
        assertThat(cache.find("alice", "s3cret")).contains(alice);
        assertThat(cache.find("alice", "other")).isEmpty();
        assertThat(cache.find("bob", "s3cret")).isEmpty();
        clock.setNow(Instant.parse("2026-12-04T10:01:00Z"));
        assertThat(cache.find("alice", "s3cret")).isEmpty();
    }

    @Test
    void forgottenWhenTheUserChanges() {
        cache.remember("alice", "s3cret", alice);
        cache.forget("ALICE");
        assertThat(cache.find("alice", "s3cret")).isEmpty();
    }
}
