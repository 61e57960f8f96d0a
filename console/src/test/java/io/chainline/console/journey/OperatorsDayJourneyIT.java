package io.chainline.console.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.ConsoleProcess;
import io.chainline.console.support.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A NOC operator's first day, on a console started fresh from the packaged jar with demo data, as a new user starts
 * it: the admin hands the console this machine's container engine (podman's Docker API); the operator signs in with
 * the password the first start printed, chooses their own, opens the demo vCPE and deploys it as it is, scales the
 * firewall with the replicas control, heals the router, sees drift after a container is deleted behind the console's
 * back, reconciles (confirming) and terminates (confirming). Every status on the way is asserted as the user sees it.
 */
class OperatorsDayJourneyIT {

    private static final String NEW_PASSWORD = "Noc-Shift-Passphrase-7";

    static {
        // a fresh console's first pages and a first engine test can take a while on a busy 2-core machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    private ConsoleProcess console;
    private BrowserContext browser;
    private Page page;
    private final DockerClient podman = Engines.client(Engines.podman());
    private final String deployment = "day-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void startAFreshConsole() throws Exception {
        Path home = Files.createTempDirectory("chainline-journey");
        console = ConsoleProcess.start(
                home,
                List.of(
                        "--chainline.demo-data=true",
                        // the demo image from the local registry, as the README's "another registry" section says
                        "--chainline.demo.image=" + Engines.nfImage(),
                        "--chainline.deployment.drift-enabled=true",
                        "--chainline.deployment.drift-interval=PT10S"));
        browser = BrowserSupport.desktopContext();
        page = browser.newPage();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
        Engines.sweep(podman);
        podman.close();
    }

    @Test
    void anOperatorDeploysTheDemoScalesHealsReconcilesAndTerminatesIt() {
        adminRegistersThisMachinesEngine();
        operatorSignsInWithThePrintedPasswordAndChoosesTheirOwn();
        theDemoChainIsPublishedAndDrawn();
        deployTheDemoAsItIs();
        scaleTheFirewallWithTheReplicasControl();
        healTheRouter();
        seeDriftAfterAnOutOfBandDeleteAndReconcile();
        terminateConfirming();
    }

    private void adminRegistersThisMachinesEngine() {
        signIn("admin", ConsoleProcess.PASSWORD);
        page.navigate(url("/fleet"));
        page.locator("#fleet-register").click();
        page.locator("#target-name input").fill("this-machine");
        choose("target-kind", "Docker host or Swarm");
        page.locator("#target-endpoint input").fill(Engines.podman());
        page.locator("#target-test").click();
        assertThat(page.locator("#target-verdict")).containsText("Podman", patienceText(90));
        page.locator("#target-save").click();
        assertThat(page.locator("#fleet-grid")).containsText("this-machine");
        assertThat(page.locator("#fleet-grid")).containsText("reachable · tested just now");
        BrowserSupport.screenshot(page, "journey-01-fleet-this-machine");
        // the operator works in a browser of their own
        browser.close();
        browser = BrowserSupport.desktopContext();
        page = browser.newPage();
    }

    private void operatorSignsInWithThePrintedPasswordAndChoosesTheirOwn() {
        Matcher printed = Pattern.compile("operator \\(Operator\\): (\\S+)").matcher(console.log());
        assertThat(printed.find())
                .as("the first start prints the operator's password once")
                .isTrue();
        signIn("operator", printed.group(1));
        // the forced dialog (its fields live in the dialog's overlay, so they are what is visible)
        assertThat(page.locator("#current-password input")).isVisible();
        page.locator("#current-password input").fill(printed.group(1));
        page.locator("#new-password input").fill(NEW_PASSWORD);
        page.locator("#repeat-password input").fill(NEW_PASSWORD);
        page.locator("#change-password-save").click();
        assertThat(page.locator("#current-password input")).isHidden();
        assertThat(page.locator("#user-role")).containsText("Operator");
    }

    private void theDemoChainIsPublishedAndDrawn() {
        page.navigate(url("/chains"));
        Locator vcpe = page.locator("#chains-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^vCPE$")));
        assertThat(vcpe.first()).isVisible();
        vcpe.first().click();
        assertThat(page.locator("#chain-detail")).containsText("Published");
        assertThat(page.locator("#chain-picture svg")).isVisible();
        assertThat(page.locator("#chain-picture")).containsText("firewall");
        BrowserSupport.screenshot(page, "journey-02-demo-chain");
    }

    private void deployTheDemoAsItIs() {
        page.navigate(url("/deployments"));
        page.locator("#deployments-new").click();
        page.locator("#deploy-name input").fill(deployment);
        choose("deploy-chain", "vCPE 1.0");
        page.locator("#deploy-plan").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#plan-ready")).isVisible();
        assertThat(page.locator("#plan-placement")).containsText("this-machine");
        assertThat(page.locator("#plan-images")).containsText("@sha256:");
        page.locator("#deploy-run").click();

        assertThat(page.locator("#view-deployment")).isVisible();
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", patience(180));
        assertThat(page.locator("#job-progress")).hasAttribute("data-progress", "1.0");
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "INSTANTIATED");
        assertThat(page.locator("#deployment-picture g[data-live=READY]")).hasCount(3, count(60));
        assertThat(page.locator("#deployment-live-age")).containsText("ago");
        assertThat(running("firewall")).hasSize(1);
        BrowserSupport.screenshot(page, "journey-03-deployed");
    }

    private void scaleTheFirewallWithTheReplicasControl() {
        Locator firewall = page.locator("#replicas-firewall-engine input");
        assertThat(firewall).hasValue("1");
        firewall.fill("2");
        page.locator("#replicas-apply-firewall-engine").click();
        assertThat(page.locator("#deployment-jobs")).containsText("scale", patienceText(30));
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", patience(180));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(running("firewall")).hasSize(2));
        assertThat(page.locator("#deployment-replicas")).containsText("runs 2", patienceText(60));
        BrowserSupport.screenshot(page, "journey-04-scaled");
    }

    private void healTheRouter() {
        page.locator("#deployment-heal").click();
        choose("heal-workload", "router-engine");
        page.locator("#heal-run").click();
        assertThat(page.locator("#confirm-dialog")).containsText("router-engine");
        page.locator("#confirm-ok").click();
        assertThat(page.locator("#deployment-jobs")).containsText("heal", patienceText(30));
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", patience(180));
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "INSTANTIATED");
        assertThat(running("router")).hasSize(1);
    }

    private void seeDriftAfterAnOutOfBandDeleteAndReconcile() {
        Container router = running("router").getFirst();
        podman.removeContainerCmd(router.getId()).withForce(true).exec();

        // the page observes what runs by itself and never claims "no drift" beside it: either the periodic drift
        // check has found the gap, or the section says its check is older than the live state that shows it
        assertThat(page.locator("#deployment-drift-stale, #deployment-drift-list")
                        .first())
                .containsText("router", patienceText(90));
        assertThat(page.locator("#deployment-drift-none")).hasCount(0);
        page.locator("#deployment-drift").click();
        assertThat(page.locator("#deployment-drift-badge")).isVisible(visible(60));
        assertThat(page.locator("#deployment-drift-list")).containsText("router");
        BrowserSupport.screenshot(page, "journey-05-drift");

        page.locator("#deployment-reconcile").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Reconcile");
        page.locator("#confirm-ok").click();
        assertThat(page.locator("#job-panel")).hasAttribute("data-state", "COMPLETED", patience(180));
        assertThat(page.locator("#deployment-drift-badge")).isHidden(hidden(60));
        assertThat(running("router")).hasSize(1);
    }

    private void terminateConfirming() {
        page.locator("#deployment-terminate").click();
        assertThat(page.locator("#confirm-dialog")).containsText("Terminate " + deployment + "?");
        page.locator("#confirm-cancel").click();
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "INSTANTIATED");

        page.locator("#deployment-terminate").click();
        page.locator("#confirm-ok").click();
        assertThat(page.locator("#deployment-state")).hasAttribute("data-state", "TERMINATED", patience(120));
        assertThat(page.locator("#deployment-terminate")).isDisabled();
        assertThat(page.locator("#deployment-reconcile")).isDisabled();
        assertThat(page.locator("#deployment-drift-badge")).hasCount(0);
        assertThat(Engines.containersOf(podman, deployment)).isEmpty();
        BrowserSupport.screenshot(page, "journey-06-terminated");
    }

    private List<Container> running(String nf) {
        return Engines.containersOf(podman, deployment).stream()
                .filter(c -> c.getState().equals("running"))
                .filter(c -> List.of(c.getNames()).stream().anyMatch(n -> n.contains(nf)))
                .toList();
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(Pattern.compile(".*:" + console.port() + "/(\\?.*)?$"));
    }

    private void choose(String select, String item) {
        page.locator("#" + select).click();
        page.locator("vaadin-select-item:not([id^=value-]):visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
        BrowserSupport.settle(page);
    }

    private String url(String path) {
        return "http://localhost:" + console.port() + path;
    }

    private static LocatorAssertions.HasAttributeOptions patience(int seconds) {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(seconds * 1000.0);
    }

    private static LocatorAssertions.ContainsTextOptions patienceText(int seconds) {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(seconds * 1000.0);
    }

    private static LocatorAssertions.HasCountOptions count(int seconds) {
        return new LocatorAssertions.HasCountOptions().setTimeout(seconds * 1000.0);
    }

    private static LocatorAssertions.IsVisibleOptions visible(int seconds) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(seconds * 1000.0);
    }

    private static LocatorAssertions.IsHiddenOptions hidden(int seconds) {
        return new LocatorAssertions.IsHiddenOptions().setTimeout(seconds * 1000.0);
    }
}
