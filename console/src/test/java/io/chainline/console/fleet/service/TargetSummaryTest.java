package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.fleet.domain.Health;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The health the fleet shows says how old it is; before any test it says so. */
class TargetSummaryTest {

    private static final Instant TESTED = Instant.parse("2026-12-04T18:00:00Z");

    private static TargetSummary target(Health health, Instant checkedAt) {
        return new TargetSummary(
                UUID.randomUUID(),
                "laptop",
                TargetKind.DOCKER,
                "",
                "",
                Map.of(),
                "unix:///var/run/docker.sock",
                health,
                "",
                checkedAt,
                "",
                null,
                "",
                0,
                0,
                Map.of(),
                0,
                0,
                List.of(),
                0);
    }

    @Test
    void aTestedTargetShowsItsResultWithItsAge() {
        assertThat(target(Health.REACHABLE, TESTED).healthLabel(TESTED.plusSeconds(20)))
                .isEqualTo("reachable · tested just now");
        assertThat(target(Health.REACHABLE, TESTED).healthLabel(TESTED.plusSeconds(600)))
                .isEqualTo("reachable · tested 10 min ago");
        assertThat(target(Health.UNREACHABLE, TESTED).healthLabel(TESTED.plusSeconds(3 * 3600 + 5)))
                .isEqualTo("unreachable · tested 3 h ago");
        assertThat(target(Health.REACHABLE, TESTED).healthLabel(TESTED.plusSeconds(2 * 86_400)))
                .isEqualTo("reachable · tested 2 d ago");
    }

    @Test
    void anUntestedTargetSaysSo() {
        assertThat(target(Health.UNKNOWN, null).healthLabel(TESTED)).isEqualTo("not tested");
    }

    @Test
    void aClockBehindTheTestIsNotANegativeAge() {
        assertThat(target(Health.REACHABLE, TESTED).healthLabel(TESTED.minusSeconds(5)))
                .isEqualTo("reachable · tested just now");
    }
}
