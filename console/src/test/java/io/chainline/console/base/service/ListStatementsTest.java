package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.fleet.service.FleetLists;
import io.chainline.console.schedule.service.ScheduleLists;
import io.chainline.console.support.ListSeeds;
import io.chainline.console.support.ThreadStatements;
import io.chainline.console.support.ViewTest;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The console's own lists (issue 24) cost the same number of SQL statements for a page of one row as for a page of a
 * hundred, first page or later: counted on the calling thread as Hibernate prepares them, never timed. Also that the key-set markers walk
 * a list without repeating or skipping a row.
 */
@TestPropertySource(properties = ThreadStatements.PROPERTY)
class ListStatementsTest extends ViewTest {

    static final String PREFIX = "lst-";

    @Autowired
    DeploymentQueries deployments;

    @Autowired
    ScheduleLists schedules;

    @Autowired
    FleetLists fleet;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeploymentJson json;

    ListSeeds seeds;

    @BeforeEach
    void seed() {
        seeds = new ListSeeds(jdbc, json);
        seeds.deployments(PREFIX, 120);
        seeds.targets(PREFIX, 120);
        seeds.schedules(PREFIX, 120);
    }

    @AfterEach
    void unseed() {
        seeds.remove(PREFIX);
    }

    long statements(Supplier<Cursor.Page<?>> page) {
        ThreadStatements.reset();
        Cursor.Page<?> read = page.get();
        assertThat(read.rows()).isNotEmpty();
        return ThreadStatements.count();
    }

    @Test
    void aPageOfOneCostsWhatAPageOfAHundredDoes() {
        String deploymentsNext = deployments.page(1, Optional.empty()).next().orElseThrow();
        assertThat(statements(() -> deployments.page(1, Optional.empty())))
                .isEqualTo(statements(() -> deployments.page(100, Optional.empty())))
                .isEqualTo(statements(() -> deployments.page(100, Cursor.decode(deploymentsNext))))
                .isEqualTo(3);

        String targetsNext = fleet.page(1, Optional.empty()).next().orElseThrow();
        assertThat(statements(() -> fleet.page(1, Optional.empty())))
                .isEqualTo(statements(() -> fleet.page(100, Optional.empty())))
                .isEqualTo(statements(() -> fleet.page(100, Cursor.decode(targetsNext))))
                .isEqualTo(3);

        String schedulesNext = schedules.page(1, Optional.empty()).next().orElseThrow();
        assertThat(statements(() -> schedules.page(1, Optional.empty())))
                .isEqualTo(statements(() -> schedules.page(100, Optional.empty())))
                .isEqualTo(statements(() -> schedules.page(100, Cursor.decode(schedulesNext))))
                .isEqualTo(2);

        String runsNext = schedules.historyPage(1, Optional.empty()).next().orElseThrow();
        assertThat(statements(() -> schedules.historyPage(1, Optional.empty())))
                .isEqualTo(statements(() -> schedules.historyPage(100, Optional.empty())))
                .isEqualTo(statements(() -> schedules.historyPage(100, Cursor.decode(runsNext))))
                .isEqualTo(2);
    }

    @Test
    void markersWalkEachListOnceWithoutGapsOrRepeats() {
        assertThat(walk(after -> deployments.page(7, after), d -> d.id().toString()))
                .hasSize(deployments.list().size())
                .doesNotHaveDuplicates();
        assertThat(walk(after -> fleet.page(7, after), t -> t.id().toString()))
                .hasSize(fleet.list().size())
                .doesNotHaveDuplicates();
        assertThat(walk(after -> schedules.page(7, after), s -> s.id().toString()))
                .containsExactlyElementsOf(
                        schedules.list().stream().map(s -> s.id().toString()).toList());
    }

    @Test
    void anEditedMarkerIsACodedMalformedRequest() {
        String next = deployments.page(1, Optional.empty()).next().orElseThrow();
        assertThatThrownBy(() -> Cursor.decode(next.substring(2)))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("CURSOR-INVALID"));
        // a marker from the deployments list is not a position in the schedules list
        assertThatThrownBy(() -> schedules.page(5, Cursor.decode(next)))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("CURSOR-INVALID"));
    }

    static <T> java.util.List<String> walk(
            java.util.function.Function<Optional<Cursor>, Cursor.Page<T>> page,
            java.util.function.Function<T, String> id) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        do {
            Cursor.Page<T> read = page.apply(after);
            read.rows().forEach(r -> ids.add(id.apply(r)));
            after = read.next().flatMap(Cursor::decode);
        } while (after.isPresent());
        return ids;
    }
}
