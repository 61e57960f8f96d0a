package io.chainline.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.chainline.console.audit.service.AuditLog;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Guessing slows down per name and address, doubling, then locks; success clears; others are unaffected. */
class LoginThrottleTest {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final AuditLog audit = mock(AuditLog.class);
    private final TransactionTemplate tx = new TransactionTemplate() {
        @Override
        public void executeWithoutResult(
                java.util.function.Consumer<org.springframework.transaction.TransactionStatus> a) {
            a.accept(null);
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(audit, tx, clock);

    @Test
    void theDelayDoublesAfterFiveFailuresIsCappedAndLocksAfterTwenty() {
        assertThat(LoginThrottle.delay(4, 1)).isZero();
        assertThat(LoginThrottle.delay(5, 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delay(6, 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(7, 1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delay(19, 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.delay(20, 1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delay(49, 10)).isZero();
    }

    @Test
    void aGuessedNameIsRefusedUntilItsDelayPassesWhileOtherNamesGoOn() {
        clock.setNow(Instant.parse("2026-12-04T10:00:00Z"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("Alice", "10.0.0.9");
        }
        assertThat(throttle.waitFor("alice", "10.0.0.9")).isEmpty();
        throttle.failed("alice", "10.0.0.9");
        assertThat(throttle.waitFor("alice", "10.0.0.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("bob", "10.0.0.9")).isEmpty();
        clock.setNow(Instant.parse("2026-12-04T10:00:01Z"));
        assertThat(throttle.waitFor("alice", "10.0.0.9")).isEmpty();
        verify(audit).record(eq("anonymous"), eq("login.throttled"), eq("login"), eq("user alice"), any());
    }

    @Test
    void twentyFailuresLockForFifteenMinutesAndASuccessClears() {
        clock.setNow(Instant.parse("2026-12-04T10:00:00Z"));
        for (int i = 0; i < 20; i++) {
            throttle.failed("carol", "10.0.0.9");
        }
        assertThat(throttle.waitFor("carol", "10.0.0.1")).contains(Duration.ofMinutes(15));
        verify(audit, times(1)).record(eq("anonymous"), eq("login.locked"), eq("login"), eq("user carol"), any());
        throttle.succeeded("carol", "10.0.0.9");
        assertThat(throttle.waitFor("carol", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressSprayingManyNamesIsSlowedDown() {
        clock.setNow(Instant.parse("2026-12-04T10:00:00Z"));
        for (int i = 0; i < 50; i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }
        assertThat(throttle.waitFor("someone-new", "10.6.6.6")).isPresent();
        assertThat(throttle.waitFor("someone-new", "10.0.0.1")).isEmpty();
    }
}
