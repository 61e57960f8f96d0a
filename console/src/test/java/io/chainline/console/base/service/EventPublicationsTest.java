package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** When an incomplete event publication is resubmitted: past the bound, then backing off by doubling, capped. */
class EventPublicationsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final EventPublications keeper = new EventPublications(
            null,
            null,
            null,
            Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            new SimpleMeterRegistry(),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(30),
            Duration.ofDays(7));

    @Test
    void aPublicationYoungerThanTheBoundIsLeftToItsFirstDelivery() {
        assertThat(keeper.due(publication(NOW.minusSeconds(59), null, 0), NOW)).isFalse();
        assertThat(keeper.due(publication(NOW.minusSeconds(61), null, 0), NOW)).isTrue();
    }

    @Test
    void eachResubmissionWaitsTwiceAsLongAsTheOneBeforeAtMostTheMaximum() {
        assertThat(keeper.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(keeper.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(keeper.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(keeper.backoff(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(keeper.backoff(60)).isEqualTo(Duration.ofMinutes(30));

        Instant published = NOW.minus(Duration.ofHours(1));
        assertThat(keeper.due(publication(published, NOW.minusSeconds(119), 2), NOW))
                .isFalse();
        assertThat(keeper.due(publication(published, NOW.minusSeconds(120), 2), NOW))
                .isTrue();
    }

    private static EventPublication publication(Instant published, Instant lastResubmission, int attempts) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "an event";
            }

            @Override
            public Instant getPublicationDate() {
                return published;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return Status.FAILED;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return lastResubmission;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
