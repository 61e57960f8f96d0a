package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.TargetKind;
import io.chainline.connector.docker.DockerAccess;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One target with broken access details neither fails its neighbours' sync nor answers a 500. */
@IntegrationTest
class FleetIsolationIT {

    @Autowired
    FleetService fleet;

    @Autowired
    AccessVault vault;

    @Autowired
    JdbcTemplate jdbc;

    private final MockKubernetes cluster = new MockKubernetes();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static TargetRequest docker(String name, String key) {
        return new TargetRequest(
                name,
                TargetKind.DOCKER,
                "paris-1",
                "eu-west",
                Map.of(),
                null,
                null,
                new TargetRequest.Docker("tcp://127.0.0.1:1", null, "-----BEGIN CERTIFICATE-----", key, null));
    }

    @Test
    void aKeyThatIsNoPemIsRefusedAtRegistration() {
        assertThatThrownBy(() -> fleet.register(docker("bad-" + UUID.randomUUID(), "not a key"), "admin"))
                .isInstanceOf(ChainlineException.class)
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo("FLEET-ACCESS-MATERIAL");
    }

    @Test
    void aBrokenTargetBetweenTwoGoodOnesFailsAloneInThePeriodicSync() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        TargetSummary first =
                fleet.register(FleetServiceIT.kubernetes("iso-a-" + run, cluster.kubeconfig("tok"), null), "admin");
        TargetSummary broken = fleet.register(
                new TargetRequest(
                        "iso-b-" + run,
                        TargetKind.DOCKER,
                        "",
                        "",
                        Map.of(),
                        null,
                        null,
                        new TargetRequest.Docker("tcp://127.0.0.1:1", null, null, null, null)),
                "admin");
        TargetSummary last =
                fleet.register(FleetServiceIT.kubernetes("iso-c-" + run, cluster.kubeconfig("tok"), null), "admin");
        // stored before registration checked it: TLS material that no connector can read
        String sealed = vault.seal(new DockerAccess(
                URI.create("tcp://127.0.0.1:1"),
                Optional.of("garbage"),
                Optional.of("-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----"),
                Optional.of("not a key"),
                Optional.empty()));
        jdbc.update("update fleet_target set access_sealed = ? where id = ?", sealed, broken.id());

        fleet.syncAll();

        assertThat(fleet.get(first.id()).syncMessage()).isEmpty();
        assertThat(fleet.get(first.id()).nodeCount()).isEqualTo(3);
        assertThat(fleet.get(last.id()).syncMessage()).isEmpty();
        assertThat(fleet.get(last.id()).nodeCount()).isEqualTo(3);
        TargetSummary failed = fleet.get(broken.id());
        assertThat(failed.syncMessage()).startsWith("Inventory failed");
        assertThat(failed.health()).isNotEqualTo(Health.REACHABLE);
        assertThat(fleet.test(broken.id(), "admin").ok()).isFalse();
    }
}
