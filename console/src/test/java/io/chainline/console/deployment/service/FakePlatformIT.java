package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.connector.api.TargetKind;
import io.chainline.connector.fake.FakeLab;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import io.chainline.placement.Decision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform the console has never heard of (the test-only fake module, found through META-INF/services) is registered
 * and tested through the API, counted in the metrics, planned for and deployed to, like the platforms Chainline ships
 * with; nothing in the console names it (NoPlatformIsNamedTest).
 */
@IntegrationTest
class FakePlatformIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final String bench = "bench-" + UUID.randomUUID().toString().substring(0, 6);

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    DeploymentService deployments;

    @Autowired
    DeploymentQueries queries;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Autowired
    SubnetLedger subnets;

    private HttpResponse<String> call(String method, String path, Object body) throws Exception {
        TestUsers.ensure(users);
        String user = TestUsers.ADMIN;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + TestUsers.passwordOf(user))
                                                .getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> target(String name, Map<String, String> access) {
        return Map.of("name", name, "kind", "FAKE", "site", "lab", "labels", Map.of("site", "lab"), "access", access);
    }

    @Test
    void aTargetOfAnInstalledPluginIsRegisteredTestedAndSyncedThroughTheApiAndItsTokenNeverComesBack()
            throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/fleet/targets",
                target(bench, Map.of("endpoint", "fake://" + bench, "token", "tok-" + bench)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode summary = json.readTree(created.body());
        assertThat(summary.get("kind").asString()).isEqualTo("FAKE");
        assertThat(summary.get("endpoint").asString()).isEqualTo("fake://" + bench);
        String id = summary.get("id").asString();
        HttpResponse<String> tested = call("POST", "/api/v1/fleet/targets/" + id + "/test", null);
        assertThat(json.readTree(tested.body()).get("ok").asBoolean())
                .as(tested.body())
                .isTrue();
        HttpResponse<String> synced = call("POST", "/api/v1/fleet/targets/" + id + "/sync", null);
        assertThat(json.readTree(synced.body()).get("nodeCount").asInt())
                .as(synced.body())
                .isEqualTo(2);
        assertThat(created.body() + tested.body() + synced.body()).doesNotContain("tok-" + bench);
        HttpResponse<String> metrics = call("GET", "/actuator/prometheus", null);
        assertThat(metrics.body()).contains("chainline_targets_up{application=\"chainline\",kind=\"FAKE\"}");
    }

    @Test
    void aKindNoModuleBringsIsRefusedNamingTheInstalledOnes() throws Exception {
        HttpResponse<String> refused = call(
                "POST",
                "/api/v1/fleet/targets",
                Map.of("name", bench, "kind", "MAINFRAME", "access", Map.of("endpoint", "x")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("FLEET-UNKNOWN-KIND")
                .contains("FAKE")
                .contains("DOCKER");
    }

    @Test
    void aChainIsPlannedForAndDeployedToThePlugInsTarget() throws Exception {
        HttpResponse<String> created = call(
                "POST", "/api/v1/fleet/targets", target(bench, Map.of("endpoint", "fake://" + bench, "token", "t")));
        String id = json.readTree(created.body()).get("id").asString();
        call("POST", "/api/v1/fleet/targets/" + id + "/sync", null);
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = "vcpe-" + UUID.randomUUID().toString().substring(0, 6);
        DeploymentSettings settings = DeploymentSettings.defaults().withTargets(Set.of(bench));

        DeploymentPlan plan = deployments.plan(name, chain.id(), settings);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.decisions())
                .allSatisfy(d ->
                        assertThat(d.choice().map(Decision.Choice::targetName)).contains(bench));
        assertThat(plan.targets()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TargetKind.of("FAKE"));
            assertThat(t.changes()).isEqualTo(3);
            assertThat(t.error()).isEmpty();
        });

        var job = deployments.deploy(name, chain.id(), settings, "olivia");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job.id()).summary().state().finished());

        assertThat(queries.job(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        assertThat(FakeLab.bench(bench)).hasSize(1);
        assertThat(FakeLab.bench(bench).values().iterator().next()).hasSize(3);
    }

    @Test
    void theVcpeWithClassifierGetsItsSubnetsReservedWhileItRunsAndReleasedWhenTerminated() throws Exception {
        HttpResponse<String> created = call(
                "POST", "/api/v1/fleet/targets", target(bench, Map.of("endpoint", "fake://" + bench, "token", "t")));
        String id = json.readTree(created.body()).get("id").asString();
        call("POST", "/api/v1/fleet/targets/" + id + "/sync", null);
        ChainSummary chain = chains.list().stream()
                .filter(c -> c.name().equals("vCPE with classifier"))
                .findFirst()
                .orElseThrow();
        String name = "routed-" + UUID.randomUUID().toString().substring(0, 6);
        DeploymentSettings settings = DeploymentSettings.defaults().withTargets(Set.of(bench));

        var job = deployments.deploy(name, chain.id(), settings, "olivia");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job.id()).summary().state().finished());

        assertThat(queries.job(job.id()).summary().state()).isEqualTo(JobState.COMPLETED);
        DesiredState desired = queries.detail(job.deploymentId()).desired();
        assertThat(NetworkListing.of(desired)).hasSize(5);
        var heal = deployments.heal(job.deploymentId(), "router-engine", "olivia");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(heal.id()).summary().state().finished());
        assertThat(queries.job(heal.id()).summary().state())
                .as("healing one NF of a chain on links keeps the others on theirs")
                .isEqualTo(JobState.COMPLETED);
        assertThat(subnets.takenByOthers("someone-else"))
                .as("its four pool subnets are held")
                .containsAll(desired.units().getFirst().unit().networks().stream()
                        .filter(n -> n.cidr().startsWith("10.6"))
                        .map(n -> Ipv4Subnet.parse(n.cidr()))
                        .toList());
        var end = deployments.terminate(job.deploymentId(), "olivia");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(end.id()).summary().state().finished());
        assertThat(subnets.takenByOthers(name)).as("released").isEqualTo(subnets.takenByOthers("someone-else"));
        assertThat(subnets.takenByOthers("someone-else").stream().map(Ipv4Subnet::toString))
                .noneMatch(c -> desired.units().getFirst().unit().networks().stream()
                        .anyMatch(n -> n.cidr().equals(c)));
    }
}
