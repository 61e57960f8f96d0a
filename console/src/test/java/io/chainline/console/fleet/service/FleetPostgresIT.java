package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, V011 opens the kind column: a plug-in's kind is stored next to the shipped ones and reads back. */
@IntegrationTest
class FleetPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    FleetService fleet;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlugInKindIsStoredBesideTheShippedOnesAndReadsBack() {
        String bench = "pg-bench-" + UUID.randomUUID().toString().substring(0, 6);
        TargetSummary fake = fleet.register(
                TargetRequest.of(
                        bench,
                        TargetKind.of("FAKE"),
                        "lab",
                        "",
                        Map.of(),
                        Map.of("endpoint", "fake://" + bench, "token", "t")),
                "admin");
        TargetSummary docker = fleet.register(
                new TargetRequest(
                        bench + "-docker",
                        TargetKind.DOCKER,
                        "lab",
                        "",
                        Map.of(),
                        null,
                        null,
                        new TargetRequest.Docker("unix:///var/run/docker.sock", null, null, null, null)),
                "admin");

        assertThat(fleet.get(fake.id()).kind()).isEqualTo(TargetKind.of("FAKE"));
        assertThat(fleet.get(docker.id()).kind()).isEqualTo(TargetKind.DOCKER);
        assertThat(fleet.test(fake.id(), "admin").ok()).isTrue();
    }

    @Test
    void aTargetWhoseModuleWasRemovedStillListsAndSaysItHasNoConnector() {
        String name = "pg-gone-" + UUID.randomUUID().toString().substring(0, 6);
        TargetSummary target = fleet.register(
                TargetRequest.of(
                        name,
                        TargetKind.of("FAKE"),
                        "lab",
                        "",
                        Map.of(),
                        Map.of("endpoint", "fake://" + name, "token", "t")),
                "admin");
        // as if the module that brought the kind were taken off the class path
        jdbc.update("UPDATE fleet_target SET kind = ? WHERE id = ?", "RETIRED_PLATFORM", target.id());

        assertThat(fleet.list()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.kind()).isEqualTo(TargetKind.of("RETIRED_PLATFORM"));
        });
        assertThatThrownBy(() -> fleet.test(target.id(), "admin"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-NO-CONNECTOR"));
    }
}
