package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.service.SecretRotation;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rotation reseals what an earlier key or format sealed, and the target still works afterwards. */
@IntegrationTest
class SecretRotationIT {

    @Autowired
    FleetService fleet;

    @Autowired
    SecretRotation rotation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staleSealsAreResealedWithTheCurrentKeyAndStillOpen() {
        try (MockKubernetes cluster = new MockKubernetes()) {
            TargetSummary target = fleet.register(
                    FleetServiceIT.kubernetes(
                            "rot-" + UUID.randomUUID().toString().substring(0, 6), cluster.kubeconfig("t"), null),
                    "admin");
            String sealed = jdbc.queryForObject(
                    "select access_sealed from fleet_target where id = ?", String.class, target.id());
            String firstFormat = "v1:" + sealed.substring(sealed.indexOf(':', 3) + 1);
            jdbc.update("update fleet_target set access_sealed = ? where id = ?", firstFormat, target.id());

            var resealed = rotation.rotate();

            assertThat(resealed).containsKeys("fleet targets", "registry credentials");
            assertThat(resealed.get("fleet targets")).isGreaterThanOrEqualTo(1);
            String after = jdbc.queryForObject(
                    "select access_sealed from fleet_target where id = ?", String.class, target.id());
            assertThat(after).startsWith("v2:").isNotEqualTo(firstFormat);
            assertThat(fleet.test(target.id(), "admin").ok()).isTrue();
            assertThat(rotation.rotate().get("fleet targets")).isZero();
        }
    }
}
