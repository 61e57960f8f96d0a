package io.chainline.console.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Prometheus shows the figures a NOC graphs: jobs by operation and connector, targets up, nodes per architecture. */
@IntegrationTest
class MetricsIT {

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

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void aDeploymentShowsUpInJobTargetAndNodeFigures() throws Exception {
        TargetSummary k8s = fleet.register(
                new TargetRequest(
                        "metrics-" + UUID.randomUUID().toString().substring(0, 6),
                        TargetKind.KUBERNETES,
                        "lab",
                        "",
                        Map.of(),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.test(k8s.id(), "admin");
        fleet.sync(k8s.id());
        ChainSummary chain =
                Deployables.publish(catalog, chains, Engines.nfImage(), List.of(Deployables.Nf.plain("edge", 8080)));
        var job = deployments.deploy(
                "metrics-" + UUID.randomUUID().toString().substring(0, 6),
                chain.id(),
                DeploymentSettings.defaults().withTargets(Set.of(k8s.name())),
                "alice");
        await().atMost(Duration.ofSeconds(90))
                .until(() -> queries.job(job.id()).summary().state().finished());
        assertThat(queries.job(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);

        String scrape = scrape();
        assertThat(value(scrape, "chainline_jobs_started_total{", "operation=\"INSTANTIATE\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(
                        scrape,
                        "chainline_jobs_duration_seconds_count{",
                        "connector=\"KUBERNETES\"",
                        "operation=\"INSTANTIATE\"",
                        "state=\"COMPLETED\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("chainline_jobs_duration_seconds_bucket{");
        assertThat(value(scrape, "chainline_targets_up{", "kind=\"KUBERNETES\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "chainline_nodes{", "architecture=\"arm64\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "chainline_nodes{", "architecture=\"amd64\"")).isGreaterThanOrEqualTo(2);
        assertThat(value(scrape, "chainline_deployments{", "state=\"INSTANTIATED\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("chainline_deployments_drifted{");
    }

    /** The value on the line of a metric that carries all the given labels. */
    private static double value(String scrape, String metric, String... labels) {
        return scrape.lines()
                .filter(l -> l.startsWith(metric))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                                                                        .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
