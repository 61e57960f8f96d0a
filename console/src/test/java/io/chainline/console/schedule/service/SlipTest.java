package io.chainline.console.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.schedule.domain.MissedRunPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A run found late (no console was up) runs within its slip limit or is recorded as missed. */
class SlipTest {

    private static final Instant DUE = Instant.parse("2026-11-29T01:00:00Z");

    @Test
    void schedulingLatencyIsNeverAMiss() {
        assertThat(Slip.decide(MissedRunPolicy.SKIP, Duration.ZERO, DUE, DUE.plusSeconds(40))
                        .run())
                .isTrue();
        assertThat(Slip.decide(MissedRunPolicy.RUN_LATE, Duration.ZERO, DUE, DUE.minusSeconds(1))
                        .run())
                .isTrue();
    }

    @Test
    void runLateRunsWithinTheSlipLimitAndRecordsBeyondIt() {
        var within =
                Slip.decide(MissedRunPolicy.RUN_LATE, Duration.ofMinutes(30), DUE, DUE.plus(Duration.ofMinutes(29)));
        assertThat(within.run()).isTrue();
        assertThat(within.late()).isEqualTo(Duration.ofMinutes(29));
        var beyond = Slip.decide(MissedRunPolicy.RUN_LATE, Duration.ofMinutes(30), DUE, DUE.plus(Duration.ofHours(3)));
        assertThat(beyond.run()).isFalse();
        assertThat(beyond.reason()).isEqualTo("missed: 3 h 0 min late, beyond the slip limit of 30 min");
    }

    @Test
    void skipRecordsAnyRealMiss() {
        var skipped = Slip.decide(MissedRunPolicy.SKIP, Duration.ofHours(1), DUE, DUE.plus(Duration.ofMinutes(5)));
        assertThat(skipped.run()).isFalse();
        assertThat(skipped.reason()).contains("skips missed runs");
    }
}
