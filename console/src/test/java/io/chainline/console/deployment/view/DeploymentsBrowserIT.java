package io.chainline.console.deployment.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.TestUsers;
import io.chainline.tosca.model.VduExtensions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator deploys the published vCPE from the browser to a real Docker engine and a Kubernetes cluster (an arm64,
 * Kata-sandboxed firewall can only go to the cluster's arm node; the classifier is pinned to the Docker host): plans it
 * and reads where each VDU goes and why, deploys, watches the job's progress bar reach the end and the chain picture turn green without
 * reloading, scales the firewall, and terminates it.
 */
@IntegrationTest
class DeploymentsBrowserIT extends BrowserTest {

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Autowired
    io.chainline.console.deployment.service.DeploymentQueries queries;

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();

    @org.junit.jupiter.api.AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void anOperatorPlansDeploysWatchesScalesAndTerminatesTheVcpe() {
        String label = UUID.randomUUID().toString().substring(0, 6);
        TargetSummary host = fleet.register(
                new TargetRequest(
                        "lab-" + label,
                        TargetKind.DOCKER,
                        "lab",
                        "",
                        Map.of("ui", label),
                        null,
                        null,
                        new TargetRequest.Docker(Engines.podman(), null, null, null, null)),
                "admin");
        fleet.sync(host.id());
        TargetSummary edge = fleet.register(
                new TargetRequest(
                        "edge-" + label,
                        TargetKind.KUBERNETES,
                        "paris",
                        "",
                        Map.of("ui", label),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.sync(edge.id());
        VduExtensions armKata = new VduExtensions(
                VduExtensions.Isolation.SANDBOXED, Optional.of("kata-qemu"), List.of("arm64"), Map.of());
        ChainSummary chain = Deployables.publish(
                catalog,
                chains,
                Engines.nfImage(),
                List.of(
                        Deployables.Nf.plain("classifier", 8081),
                        Deployables.Nf.plain("firewall", 8082).scaling().with(armKata),
                        Deployables.Nf.plain("router", 8083)));
        String name = "ui-" + label;

        signIn(TestUsers.OPERATOR);
        page.navigate(url("/deployments"));
        page.locator("#deployments-new").click();
        page.locator("#deploy-name input").fill(name);
        choose("deploy-chain", chain.name() + " 1.0");
        page.locator("#deploy-labels input").fill("ui=" + label);
        page.locator("#deploy-overrides input").fill("classifier=" + host.name());
        page.locator("#deploy-plan").click();
        BrowserSupport.settle(page);

        assertThat(page.locator("#plan-ready")).isVisible();
        assertThat(page.locator("#plan-placement")).containsText(host.name());
        assertThat(page.locator("#plan-placement")).containsText(edge.name());
        assertThat(page.locator("#plan-placement")).containsText("runs on [arm64] nodes here");
        assertThat(page.locator("#plan-placement")).containsText("sandboxed in the kata-qemu runtime class");
        assertThat(page.locator("#plan-placement")).containsText("pinned here by the deployment's override");
        assertThat(page.locator("#plan-images")).containsText("127.0.0.1:5000/nfv/echo@sha256:");
        assertThat(page.locator(".plan-actions").first()).containsText("CREATE container");
        BrowserSupport.screenshot(page, "40-deployment-plan");
        page.locator("#deploy-run").click();

        assertThat(page.locator("#view-deployment")).isVisible();
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", withTimeout(180_000));
        assertThat(page.locator("#job-progress")).hasAttribute("data-progress", "1.0");
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "INSTANTIATED");
        assertThat(page.locator("#deployment-picture g[data-live=READY]")).hasCount(3);
        assertThat(page.locator("#deployment-placement")).containsText("firewall-main");
        assertThat(page.locator("#deployment-live")).not().containsText("2 / 2"); // no instance counted twice
        BrowserSupport.screenshot(page, "41-deployment-running");

        page.locator("#deployment-scale").click();
        choose("scale-level", "large");
        page.locator("#scale-run").click();
        assertThat(page.locator("#deployment-jobs")).containsText("scale");
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", withTimeout(180_000));
        assertThat(page.locator("#deployment-live")).containsText(Pattern.compile("3 / 3"));

        // the simple path: replicas per VDU; more just runs, fewer asks first
        int jobs = queries.detail(deploymentId(name)).jobs().size();
        assertThat(page.locator("#deployment-replicas")).containsText("runs 1 · 1–4");
        page.locator("#replicas-classifier-main input").fill("2");
        page.locator("#replicas-apply-classifier-main").click();
        awaitJob(name, jobs + 1);
        assertThat(page.locator("#deployment-replicas")).containsText("runs 2 · 1–4");
        page.locator("#replicas-classifier-main input").fill("1");
        page.locator("#replicas-apply-classifier-main").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Scale in classifier-main to 1?");
        page.locator("#confirm-ok").click();
        awaitJob(name, jobs + 2);
        assertThat(page.locator("#deployment-replicas")).containsText("runs 1 · 1–4");

        // drift made by hand shows as a badge, and goes once a confirmed reconcile has put it right
        try (var podman = Engines.client(Engines.podman())) {
            var classifier = Engines.containersOf(podman, name).stream()
                    .filter(c -> "classifier".equals(c.getLabels().get("chainline.io/nf")))
                    .findFirst()
                    .orElseThrow();
            podman.removeContainerCmd(classifier.getId()).withForce(true).exec();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#deployment-drift").click();
        assertThat(page.locator("#deployment-drift-badge")).isVisible();
        assertThat(page.locator("#deployment-drift-age")).containsText("checked");
        assertThat(page.locator("#deployment-live-age")).containsText("as of");
        page.locator("#deployment-reconcile").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Reconcile " + name + "?");
        page.locator("#confirm-ok").click();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3))
                .until(() ->
                        queries.detail(deploymentId(name)).jobs().getFirst().operation()
                                        == io.chainline.console.deployment.domain.Operation.RECONCILE
                                && queries.detail(deploymentId(name))
                                        .jobs()
                                        .getFirst()
                                        .state()
                                        .finished());
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED");
        assertThat(page.locator("#deployment-jobs")).containsText("reconcile");
        assertThat(page.locator("#deployment-drift-badge")).hasCount(0);
        assertThat(page.locator("#deployment-drift-none")).containsText("No drift");

        // terminate asks first and says what happens; cancelling keeps it running
        page.locator("#deployment-terminate").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Terminate " + name + "?");
        assertThat(page.locator("#confirm-dialog"))
                .containsText("Stops and removes 3 workloads (5 instances) on targets ");
        assertThat(page.locator("#confirm-dialog")).containsText("stays in the list as TERMINATED");
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#confirm-dialog")).hasCount(0);
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "INSTANTIATED");
        org.assertj.core.api.Assertions.assertThat(
                        queries.detail(deploymentId(name)).jobs())
                .as("cancelling the confirmation starts no job")
                .noneMatch(j -> j.operation() == io.chainline.console.deployment.domain.Operation.TERMINATE);

        page.locator("#deployment-terminate").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Terminate " + name + "?");
        page.locator("#confirm-ok").click();
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "TERMINATED", withTimeout(120_000));
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED");
        try (var podman = Engines.client(Engines.podman())) {
            org.assertj.core.api.Assertions.assertThat(Engines.containersOf(podman, name))
                    .isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // a terminated deployment only goes away: every other action is disabled and says why
        for (String action : List.of(
                "deployment-reconcile",
                "deployment-terminate",
                "deployment-scale",
                "deployment-heal",
                "deployment-upgrade",
                "deployment-drift")) {
            assertThat(page.locator("#" + action)).isDisabled();
            assertThat(page.locator("#" + action)).hasAttribute("data-why", Pattern.compile("is terminated"));
        }
        assertThat(page.locator("#deployment-delete")).isEnabled();
        assertThat(page.locator("#deployment-drift-badge")).hasCount(0);
        assertThat(page.locator("#deployment-live-none")).containsText("Nothing of it runs");
        assertThat(page.locator("#deployment-replicas")).hasCount(0);
    }

    /** Waits for the deployment's job number {@code count} to end, and says it completed. */
    private void awaitJob(String name, int count) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3))
                .until(() -> {
                    var all = queries.detail(deploymentId(name)).jobs();
                    return all.size() == count && all.getFirst().state().finished();
                });
        org.assertj.core.api.Assertions.assertThat(
                        queries.detail(deploymentId(name)).jobs().getFirst().state())
                .isEqualTo(io.chainline.console.deployment.domain.JobState.COMPLETED);
    }

    private UUID deploymentId(String name) {
        return queries.findByName(name).orElseThrow().id();
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions withTimeout(double ms) {
        return new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(ms);
    }

    private void choose(String select, String item) {
        page.locator("#" + select).click();
        page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
        BrowserSupport.settle(page);
    }
}
