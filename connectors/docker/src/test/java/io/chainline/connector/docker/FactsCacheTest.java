package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.Architecture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FactsCacheTest {

    private Instant now = Instant.parse("2026-12-05T11:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private EngineFacts read() {
        reads.incrementAndGet();
        return new EngineFacts(false, Set.of(Architecture.AMD64), Set.of("runc"), "4.3.1", true);
    }

    @Test
    void anEngineIsReadOncePerTimeToLiveAndAgainAfterIt() {
        FactsCache cache = new FactsCache(clock);

        cache.get("unix:///podman.sock", this::read);
        now = now.plus(FactsCache.TTL).minusMillis(1);
        cache.get("unix:///podman.sock", this::read);
        assertThat(reads).as("within the time to live").hasValue(1);

        cache.get("unix:///docker.sock", this::read);
        assertThat(reads).as("another engine").hasValue(2);

        now = now.plusMillis(1);
        cache.get("unix:///podman.sock", this::read);
        assertThat(reads).as("after it").hasValue(3);
    }

    @Test
    void aFailedReadIsNotRemembered() {
        FactsCache cache = new FactsCache(clock);

        assertThatThrownBy(() -> cache.get("unix:///podman.sock", () -> {
                    throw new IllegalStateException("engine down");
                }))
                .hasMessage("engine down");
        cache.get("unix:///podman.sock", this::read);

        assertThat(reads).hasValue(1);
    }
}
