package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.PostgresDatabase;
import io.chainline.console.support.StoredDeployments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, V020's kpi_sample keeps unknown figures as unknown, finds the latest per NF and prunes by age. */
@IntegrationTest
class KpiStorePostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    KpiStore store;

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Test
    void figuresRoundTripWithTheirNullsAndOldOnesArePruned() {
        Deployment deployment = new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(120);
        NfKpi early = new NfKpi("firewall", t0, true, 2, 0.5, 1024L, 1L, 100L, 50L, null, null);
        NfKpi late = new NfKpi("firewall", t0.plusSeconds(30), true, 2, 0.25, 2048L, 1L, 400L, 80L, 10.0, 1.0, 37L);
        NfKpi dark = NfKpi.unavailable("router", t0.plusSeconds(30));

        store.save(deployment.getId(), List.of(early));
        store.save(deployment.getId(), List.of(late, dark));
        store.save(deployment.getId(), List.of(late)); // a second console in the same instant: one row

        assertThat(store.latest(deployment.getId()))
                .containsEntry("firewall", late)
                .containsEntry("router", dark);
        assertThat(store.series(deployment.getId(), t0)).containsExactly(early, late, dark);
        assertThat(store.latestEverywhere(t0))
                .filteredOn(l -> l.deploymentId().equals(deployment.getId()))
                .extracting(KpiStore.Latest::deployment, KpiStore.Latest::kpi)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(deployment.getName(), late),
                        org.assertj.core.groups.Tuple.tuple(deployment.getName(), dark));

        assertThat(store.prune(t0.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(store.series(deployment.getId(), t0)).containsExactly(late, dark);
    }
}
