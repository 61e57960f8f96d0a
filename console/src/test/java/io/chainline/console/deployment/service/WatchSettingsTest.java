package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The round interval stays within 5 s .. 5 min; drift is checked every whole number of rounds. */
class WatchSettingsTest {

    private static WatchSettings every(Duration interval, Duration drift) {
        return WatchSettings.of(interval, Duration.ofSeconds(30), drift, true, Duration.ofSeconds(60));
    }

    @Test
    void anIntervalOutsideTheBoundsIsClamped() {
        assertThat(every(Duration.ofSeconds(1), Duration.ofMinutes(1)).interval())
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(every(Duration.ofHours(1), Duration.ofMinutes(1)).interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(every(Duration.ofSeconds(15), Duration.ofMinutes(1)).interval())
                .isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void driftIsCheckedEveryWholeNumberOfRoundsAndAtLeastEveryRound() {
        assertThat(every(Duration.ofSeconds(15), Duration.ofMinutes(1)).driftEvery())
                .isEqualTo(4);
        assertThat(every(Duration.ofSeconds(15), Duration.ofSeconds(10)).driftEvery())
                .isEqualTo(1);
    }
}
