package io.chainline.console.overview.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.overview.service.NocSnapshot;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An empty network reads as such, tile by tile, instead of empty boxes; a failed refresh says how old the data is. */
class WallBoardTest {

    private static final Instant AT = Instant.parse("2026-12-05T01:00:00Z");

    private static NocSnapshot nothing() {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        for (Severity s : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING)) {
            severities.put(s, 0L);
        }
        Map<Condition, Long> conditions = new EnumMap<>(Condition.class);
        for (Condition c : Condition.values()) {
            conditions.put(c, 0L);
        }
        return new NocSnapshot(
                AT,
                List.of(),
                new NocSnapshot.Alarms(severities, 0, List.of(), Optional.empty()),
                new NocSnapshot.Deployments(conditions, List.of()),
                List.of(),
                List.of(),
                List.of());
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void anEmptyNetworkSaysSoInEveryTile() {
        WallBoard board = new WallBoard(new Button("Wall mode"), ZoneOffset.UTC);

        board.show(nothing());

        assertThat(text(board))
                .contains("No active alarms")
                .contains("No deployments yet")
                .contains("No targets registered")
                .contains("No jobs running")
                .contains("No window in the next 7 days")
                .contains("No runs scheduled")
                .contains("No drift found")
                .contains("as of 01:00:00");
        assertThat(text(board)).doesNotContain("Worst alarm");
    }

    @Test
    void aFailedRefreshKeepsTheDataAndSaysHowOldItIs() {
        WallBoard board = new WallBoard(new Button("Wall mode"), ZoneOffset.UTC);
        board.show(nothing());

        board.stale(AT.plusSeconds(125), "the console could not read the network's state");

        assertThat(text(board))
                .contains("Not refreshed since 01:00:00 Z (2 min ago): the console could not read")
                .contains("No active alarms");
    }
}
