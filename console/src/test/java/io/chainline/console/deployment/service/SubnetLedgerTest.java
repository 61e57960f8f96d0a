package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pool reservations (V021): one holder per subnet, kept across plans, released on terminate. */
class SubnetLedgerTest {

    private SubnetLedger ledger;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:subnets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new JdbcTemplate(h2).execute(Files.readString(Path.of("../db-migrations/V021__deployment_subnet.sql")));
        ledger = new SubnetLedger(h2, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "10.60.0.0/14");
    }

    @Test
    void aDeploymentsSubnetsAreTakenForOthersNotForItselfAndGoBackOnRelease() {
        DesiredState acme = TrafficDesiredStates.vcpe();

        ledger.reserve("acme", acme);
        ledger.reserve("acme", acme);

        assertThat(ledger.takenByOthers("acme")).isEmpty();
        assertThat(ledger.takenByOthers("globex").stream().map(Ipv4Subnet::toString))
                .as("the pool's subnets, not the descriptor's own 192.168.10.0/24")
                .containsExactlyInAnyOrder("10.60.0.0/24", "10.60.1.0/24", "10.60.2.0/24", "10.60.3.0/24");
        ledger.release("acme");
        assertThat(ledger.takenByOthers("globex")).isEmpty();
    }

    @Test
    void aSecondDeploymentPlannedOnTheSameSubnetsIsRefusedWhenItReserves() {
        ledger.reserve("acme", TrafficDesiredStates.vcpe());

        assertThatThrownBy(() -> ledger.reserve("globex", TrafficDesiredStates.vcpe()))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("was taken by another deployment since this plan; plan again");
    }
}
