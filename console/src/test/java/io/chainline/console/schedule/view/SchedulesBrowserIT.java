package io.chainline.console.schedule.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.service.ScheduleService;
import io.chainline.console.support.BrowserSupport;
import io.chainline.console.support.BrowserTest;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.Engines;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator opens a maintenance window for a site and schedules a deploy just before it: the schedule is
 * listed as waiting for the window, with the window's opening as its effective time and the reason; the timeline shows
 * both; when the window opens (the console's clock is moved there) the run appears in the history and succeeds.
 */
@IntegrationTest
class SchedulesBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    @Autowired
    FleetService fleet;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Autowired
    TestClock clock;

    @Autowired
    ScheduleService schedules;

    private final MockKubernetes cluster = new MockKubernetes().withKubelet();

    @Autowired
    WindowService windows;

    @AfterEach
    void putTimeBackAndCleanUp() {
        clock.reset();
        schedules.list().stream()
                .filter(s -> s.name().startsWith("deploy-"))
                .forEach(s -> schedules.delete(s.id(), "admin"));
        windows.list().stream()
                .filter(w -> w.name().startsWith("Night "))
                .forEach(w -> windows.delete(w.id(), w.version(), "admin"));
        cluster.close();
    }

    @Test
    void aDeployScheduledBeforeTheNextWindowWaitsForItAndRuns() {
        String label = UUID.randomUUID().toString().substring(0, 6);
        String site = "site-" + label;
        TargetSummary edge = fleet.register(
                new TargetRequest(
                        "edge-" + label,
                        TargetKind.KUBERNETES,
                        site,
                        "",
                        Map.of(),
                        new TargetRequest.Kubernetes(cluster.kubeconfig("t"), null, null, null, null),
                        null,
                        null),
                "admin");
        fleet.sync(edge.id());
        ChainSummary chain =
                Deployables.publish(catalog, chains, Engines.nfImage(), List.of(Deployables.Nf.plain("edge", 8080)));
        ZonedDateTime opens = clock.instant()
                .atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(30);
        ZonedDateTime due = opens.minusMinutes(10);

        signIn(TestUsers.ADMIN);
        page.navigate(url("/windows"));
        page.locator("#windows-new").click();
        page.locator("#window-name input").fill("Night " + label);
        page.locator("#window-expression input").fill(opens.getMinute() + " " + opens.getHour() + " * * *");
        page.locator("#window-duration input").fill("60");
        page.locator("#window-sites input").fill(site);
        page.locator("#window-save").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#windows-grid")).containsText("Night " + label);
        assertThat(page.locator("#windows-grid")).containsText("sites " + site);

        page.navigate(url("/schedules"));
        // the dialog speaks in labels, and a refusal sits next to the field by the name the user sees
        page.locator("#schedules-new").click();
        assertThat(page.locator("#schedule-operation")).containsText("Upgrade");
        assertThat(page.locator("#schedule-missed")).containsText("Run late");
        page.locator("#schedule-name input").fill("nothing-" + label);
        choose("schedule-operation", "Terminate");
        choose("schedule-recurrence", "Cron expression");
        page.locator("#schedule-expression input").fill("0 3 * * *");
        page.locator("#schedule-save").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#schedule-deployment")).hasAttribute("invalid", "");
        assertThat(page.locator("#schedule-name")).isVisible(); // the dialog stays open
        assertThat(page.locator("#schedule-deployment [slot=error-message]"))
                .hasText("Choose the deployment to act on.");
        assertThat(page.locator("#schedule-dialog")).not().containsText("deploymentId");
        assertThat(page.locator("#schedule-name input")).hasValue("nothing-" + label);
        page.locator("#schedule-cancel").click();

        page.locator("#schedules-new").click();
        page.locator("#schedule-name input").fill("deploy-" + label);
        choose("schedule-operation", "Deploy");
        page.locator("#schedule-new-name input").fill("sched-" + label);
        page.locator("#schedule-chain input").fill(chain.name());
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(chain.name()))
                .first()
                .click();
        page.locator("#schedule-targets input").fill(edge.name());
        choose("schedule-recurrence", "Cron expression");
        page.locator("#schedule-expression input")
                .fill(due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " " + due.getMonthValue()
                        + " *");
        page.locator("#schedule-ticket input").fill("CHG-" + label);
        page.locator("#schedule-save").click();
        BrowserSupport.settle(page);

        Locator row = page.locator("#schedules-grid");
        assertThat(row).containsText("deploy-" + label);
        assertThat(row).containsText(SHOWN.format(opens));
        assertThat(row).containsText("waits for the next maintenance window");
        assertThat(row).containsText("outside its allow windows (Night " + label + ")");
        assertThat(page.locator("#schedules-timeline [data-window='Night " + label + "']")
                        .first())
                .isAttached();
        assertThat(page.locator("#schedules-timeline [data-schedule='deploy-" + label + "']"))
                .isAttached();
        BrowserSupport.screenshot(page, "50-schedule-waits-for-window");

        clock.setNow(opens.toInstant().minusSeconds(2));
        Locator history = page.locator("#schedules-history");
        assertThat(history)
                .containsText("deploy-" + label, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .until(() -> schedules.list().stream()
                        .filter(s -> s.name().equals("deploy-" + label))
                        .flatMap(s -> s.lastRun().stream())
                        .anyMatch(r -> r.result() == RunResult.SUCCEEDED));
        assertThat(history).containsText("Succeeded", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(history).containsText("CHG-" + label);
        BrowserSupport.screenshot(page, "51-schedule-ran");
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
