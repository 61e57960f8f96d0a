package io.chainline.console.overview.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wall screen in a real browser at 1920×1080 in the dark scheme: the board fits the screen without scrolling (the
 * one thing a server-side test cannot see), the newest alarm reads in the top line, and wall mode hides the frame.
 */
@IntegrationTest
class WallScreenBrowserIT extends BrowserTest {

    @Autowired
    FaultReports reports;

    @Autowired
    DeploymentRepository deployments;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Autowired
    FleetTargetRepository targets;

    @Test
    void theBoardFitsAFullHdWallScreenInTheDarkAndWallModeHidesTheFrame() {
        FleetTarget paris = new FleetTarget(UUID.randomUUID(), TargetKind.DOCKER, TestUsers.ADMIN, Instant.now());
        paris.describe("paris-docker", "Paris", "", "", "tcp://10.0.0.7:2376", "", TestUsers.ADMIN, Instant.now());
        paris.checked(Health.UNREACHABLE, "connection refused", "", Instant.now());
        targets.save(paris);
        Deployment vcpe = new StoredDeployments(deployments, json, chains).in(DeploymentState.INSTANTIATED);
        reports.report(
                FaultScope.of("live", vcpe.getId()),
                List.of(new Fault(
                        "workload-missing:firewall-fw",
                        Fault.ManagedObject.deployment(vcpe.getId(), vcpe.getName()),
                        Fault.Resource.workload("firewall-fw", "firewall", paris.getId()),
                        Severity.CRITICAL,
                        Fault.EventType.PROCESSING_ERROR_ALARM,
                        "Workload missing",
                        "nothing of it runs on paris-docker")));
        BrowserContext wall = BrowserSupport.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1920, 1080)
                        .setColorScheme(ColorScheme.DARK));
        try {
            Page screen = wall.newPage();
            BrowserSupport.signIn(screen, port, TestUsers.VIEWER);
            assertThat(screen.locator("#noc-latest")).containsText(vcpe.getName());
            assertThat(screen.locator("#noc-latest")).containsText("paris-docker · Paris");
            org.assertj.core.api.Assertions.assertThat(
                            screen.evaluate("() => getComputedStyle(document.querySelector('.noc-tiles')).display"))
                    .as("the wall screen's styles are loaded")
                    .isEqualTo("grid");
            BoundingBox board = screen.locator("#noc-board").boundingBox();
            org.assertj.core.api.Assertions.assertThat(board.y + board.height)
                    .as("the board ends within the 1080-pixel screen")
                    .isLessThanOrEqualTo(1080);
            BrowserSupport.screenshot(screen, "70-wall-screen-dark");

            screen.locator("#noc-wall-toggle").click();
            assertThat(screen.locator("vaadin-app-layout.chainline-wall")).hasCount(1);
            BrowserSupport.settle(screen);
            assertThat(screen.locator("#view-title")).isHidden();
            assertThat(screen.locator("#main-nav")).isHidden();
            // the board takes the whole screen (once the drawer has slid away) and needs no scrolling
            screen.waitForFunction("() => { const b = document.querySelector('#noc-board').getBoundingClientRect();"
                    + " return b.left < 40 && b.top < 40 && b.bottom <= window.innerHeight"
                    + " && document.documentElement.scrollHeight <= window.innerHeight + 1; }");
            BrowserSupport.screenshot(screen, "71-wall-mode-dark");
        } finally {
            wall.close();
            // the target was stored without sealed access (it is only drawn): it must not outlive this test in the
            // shared context, where the secrets tests read every target's sealed access
            reports.forget(FaultScope.of("live", vcpe.getId()));
            targets.delete(paris);
        }
    }
}
