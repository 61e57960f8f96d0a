package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A checked password is reused briefly, only for the same password, and forgotten when the user changes; concurrent
 * first checks of the same credentials run bcrypt once.
 */
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

    @Test
    void concurrentFirstChecksOfTheSameCredentialsRunOnce() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Supplier<UserDetails> slowCheck = () -> {
            checks.incrementAndGet();
            await(release);
            return alice;
        };
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<UserDetails>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> cache.checkOnce("alice", "s3cret", slowCheck)));
            }
            Awaitility.await().until(() -> checks.get() == 1);
            release.countDown();
            for (Future<UserDetails> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(alice);
            }
        }
        assertThat(checks).hasValue(1);
        assertThat(cache.find("alice", "s3cret")).contains(alice);
    }

    @Test
    void aFailedCheckFailsItsWaitersAndIsNotRemembered() {
        BadCredentialsException wrong = new BadCredentialsException("wrong");
        assertThatThrownBy(() -> cache.checkOnce("alice", "guess", () -> {
                    throw wrong;
                }))
                .isSameAs(wrong);
        assertThat(cache.find("alice", "guess")).isEmpty();
        assertThat(cache.checkOnce("alice", "guess", () -> alice)).isEqualTo(alice);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
