package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.TargetKind;
import io.chainline.connector.fake.FakeLab;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetLeases;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * KPIs from a deployment on the fake platform: each round stores per-NF sums with traffic rates, rounds prune what is
 * older than the retention, the REST API gives the series, and Prometheus shows labelled gauges.
 */
@IntegrationTest
class KpiIT {

    @LocalServerPort
    int port;

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    KpiSampler sampler;

    @Autowired
    KpiQueries kpis;

    @Autowired
    TargetLeases leases;

    @Autowired
    UserService users;

    @Autowired
    TestClock clock;

    @Autowired
    javax.sql.DataSource dataSource;

    private final String bench = "kpi-" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Running(UUID id, UUID target, String name, String ref, Map<String, FakeLab.Running> workloads) {}

    private Running deploy() {
        TargetSummary target = fleet.register(
                new TargetRequest(
                        bench,
                        TargetKind.of("FAKE"),
                        "lab",
                        "",
                        Map.of("site", "lab"),
                        null,
                        null,
                        null,
                        Map.of("endpoint", "fake://" + bench, "token", "t")),
                "admin");
        fleet.sync(target.id());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = "kpi-" + UUID.randomUUID().toString().substring(0, 6);
        var job = deployments.deploy(
                name, chain.id(), DeploymentSettings.defaults().withTargets(Set.of(bench)), "olivia");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job.id()).summary().state().finished());
        assertThat(queries.job(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        leases.renew(List.of(target.id()));
        String ref = FakeLab.bench(bench).keySet().iterator().next();
        return new Running(job.deploymentId(), target.id(), name, ref, FakeLab.deployment(bench, ref));
    }

    private void traffic(Running running, long rx, long tx) {
        running.workloads()
                .keySet()
                .forEach(w -> FakeLab.counters(bench, running.ref(), w, new FakeLab.Counters(rx, tx, 1)));
    }

    @Test
    void roundsStoreSumsAndRatesPruneByRetentionAndTheApiAndPrometheusShowThem() throws Exception {
        Running running = deploy();
        Instant start = clock.instant();
        traffic(running, 0, 0);

        assertThat(sampler.round()).contains(running.id());
        clock.setNow(start.plusSeconds(30));
        traffic(running, 3000, 1500);
        sampler.round();

        KpiQueries.KpiSeries series = kpis.series(running.id());
        assertThat(series.nfs()).isNotEmpty().allSatisfy(nf -> {
            assertThat(nf.points()).hasSize(2);
            NfKpi latest = nf.latest();
            int instances = latest.instances();
            assertThat(latest.available()).isTrue();
            assertThat(instances).isPositive();
            assertThat(latest.cpuCores()).isPositive();
            assertThat(latest.restarts()).isEqualTo(instances);
            assertThat(latest.rxRate()).isCloseTo(100.0 * instances, within(1.0)); // 3000 B per instance in 30 s
            assertThat(latest.txRate()).isCloseTo(50.0 * instances, within(1.0));
            assertThat(nf.points().getFirst().rxRate()).as("no earlier counter").isNull();
        });
        String nf = series.nfs().getFirst().nf();

        Sol005Client admin = Sol005Client.basic(port, adminUser());
        String prometheus = admin.get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains("chainline_nf_cpu_cores{application=\"chainline\",deployment=\"" + running.name() + "\",nf=\""
                        + nf + "\"}")
                .contains("chainline_nf_memory_bytes{application=\"chainline\",deployment=\"" + running.name())
                .contains("chainline_nf_restarts{application=\"chainline\",deployment=\"" + running.name())
                .contains("chainline_nf_network_receive_bytes_per_second{application=\"chainline\",deployment=\""
                        + running.name())
                .contains("chainline_nf_network_transmit_bytes_per_second{application=\"chainline\",deployment=\""
                        + running.name());

        clock.setNow(start.plus(Duration.ofMinutes(61)));
        sampler.round();

        JsonNode rest = JsonMapper.builder()
                .build()
                .readTree(admin.get("/api/v1/deployments/" + running.id() + "/kpis")
                        .body());
        assertThat(rest.get("deploymentId").asString()).isEqualTo(running.id().toString());
        assertThat(rest.get("nfs")).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("points")).as("older than an hour: pruned").hasSize(1);
            assertThat(n.get("latest").get("available").asBoolean()).isTrue();
            assertThat(n.get("latest").has("cpuCores")).isTrue();
        });
    }

    @Test
    void onlyTheConsoleHoldingTheTargetsLeaseSamplesTheDeployment() {
        Running running = deploy();
        TargetLeases other = new TargetLeases(dataSource, "other-console", clock, Duration.ofSeconds(45));
        try {
            leases.release();
            assertThat(other.renew(List.of(running.target()))).containsExactly(running.target());
            assertThat(leases.renew(List.of(running.target()))).isEmpty();

            assertThat(sampler.round()).doesNotContain(running.id());
            assertThat(kpis.series(running.id()).nfs()).isEmpty();
        } finally {
            other.release();
            leases.renew(List.of(running.target()));
        }
        assertThat(sampler.round()).contains(running.id());
    }

    @Test
    void anUnknownDeploymentIsAProblem() throws Exception {
        HttpResponse<String> answer =
                Sol005Client.basic(port, adminUser()).get("/api/v1/deployments/" + UUID.randomUUID() + "/kpis");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        assertThat(answer.body()).contains("DEPLOYMENT-NOT-FOUND");
    }

    private String adminUser() {
        TestUsers.ensure(users);
        return TestUsers.ADMIN;
    }
}
