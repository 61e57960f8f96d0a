package io.chainline.console.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21's "done when", walked in Chromium against a real engine: a NOC engineer has a deployment's page open on
 * the Paris Docker host when its firewall's container is deleted behind the console's back. Without reloading, the
 * page shows a MAJOR alarm on the firewall within 30 s, the wall screen shows it with its chain, an OSS reads the same
 * alarm through SOL005 nsfm; the engineer acknowledges it, reconciles, and watches it clear, still without reloading.
 * The watcher's properties are TargetWatcherDockerIT's, so both share one test context.
 */
@IntegrationTest
@TestPropertySource(properties = {"chainline.watch.interval=PT5S", "chainline.watch.health-interval=PT10S"})
class NocAlarmJourneyIT extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_30_S =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

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

    private final DockerClient podman = Engines.client(Engines.podman());

    @AfterEach
    void sweep() throws Exception {
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void aVnfThatWentDownIsSeenAcknowledgedAndClearsWithoutAReload() throws Exception {
        String label = UUID.randomUUID().toString().substring(0, 6);
        TargetSummary paris = fleet.register(
                new TargetRequest(
                        "paris-docker-" + label,
                        TargetKind.DOCKER,
                        "paris",
                        "",
                        Map.of("journey", label),
                        null,
                        null,
                        new TargetRequest.Docker(Engines.podman(), null, null, null, null)),
                "admin");
        fleet.sync(paris.id());
        ChainSummary chain = Deployables.publish(catalog, chains, Engines.nfImage(), Deployables.vcpe());
        String name = "noc-" + label;
        UUID id = deploy(name, chain, paris);

        signIn(TestUsers.OPERATOR);
        page.navigate(url("/deployments/" + id));
        assertThat(page.locator("#deployment-alarms-none")).isVisible();

        var firewall = Engines.containersOf(podman, name).stream()
                .filter(c -> "firewall".equals(c.getLabels().get("chainline.io/nf")))
                .findFirst()
                .orElseThrow();
        podman.removeContainerCmd(firewall.getId()).withForce(true).exec();

        // the open page, without a reload
        assertThat(page.locator("#alarm-severity-firewall").first()).isVisible(WITHIN_30_S);
        assertThat(page.locator("#alarm-severity-firewall").first()).containsText("Major");
        assertThat(page.locator("#deployment-alarms")).containsText("Workload missing");
        BrowserSupport.screenshot(page, "70-noc-alarm-on-the-deployment");

        // an OSS reads the same alarm through SOL005 nsfm
        Sol005Client oss = Sol005Client.basic(port, TestUsers.OPERATOR);
        JsonNode alarm = nsfmAlarmOn(oss, id).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(
                        alarm.path("perceivedSeverity").asString())
                .isEqualTo("MAJOR");
        org.assertj.core.api.Assertions.assertThat(alarm.path("probableCause").asString())
                .isEqualTo("Workload missing");

        // the wall screen shows it, and which chain it breaks
        page.navigate(url("/"));
        assertThat(page.locator("body")).containsText(name);
        assertThat(page.locator("body")).containsText(chain.name());
        assertThat(page.locator("body")).containsText("Workload missing");
        BrowserSupport.screenshot(page, "71-noc-wall-screen-with-the-alarm");

        // acknowledged on the deployment page, seen acknowledged through SOL005
        page.navigate(url("/deployments/" + id));
        page.locator("#deployment-alarm-ack").first().click();
        BrowserSupport.settle(page);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> nsfmAlarmOn(oss, id)
                        .map(a -> a.path("ackState").asString().equals("ACKNOWLEDGED"))
                        .orElse(false));

        // reconcile puts the firewall back; the alarm clears on the open page
        page.locator("#deployment-reconcile").click();
        page.locator("#confirm-ok").click();
        assertThat(page.locator("#deployment-alarms-none"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("#alarm-severity-firewall")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(nsfmAlarmOn(oss, id)).isEmpty();
        BrowserSupport.screenshot(page, "72-noc-alarm-cleared");
    }

    private UUID deploy(String name, ChainSummary chain, TargetSummary target) {
        var job = deployments.deploy(
                name, chain.id(), DeploymentSettings.defaults().withTargets(Set.of(target.name())), "olivia");
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> queries.job(job.id()).summary().state().finished());
        return job.deploymentId();
    }

    /** The active nsfm alarm on the deployment, if any. */
    private static Optional<JsonNode> nsfmAlarmOn(Sol005Client oss, UUID deployment) throws Exception {
        JsonNode all = oss.read("/api/nsfm/v1/alarms");
        return StreamSupport.stream(all.spliterator(), false)
                .filter(a -> a.path("managedObjectId").asString().equals(deployment.toString()))
                .filter(a -> !a.path("perceivedSeverity").asString().equals("CLEARED"))
                .findFirst();
    }
}
