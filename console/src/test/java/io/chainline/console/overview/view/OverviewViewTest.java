package io.chainline.console.overview.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
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
import io.chainline.console.overview.service.NocBoard;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wall screen, server-side: what a NOC engineer reads without clicking (the newest alarm, the chain it breaks, its
 * target and site, its severity), the reading order, the links, and a new alarm arriving by Push. The view tests share
 * one database, so each test checks what it raised itself rather than whole counts.
 */
class OverviewViewTest extends ViewTest {

    @Autowired
    FaultReports reports;

    @Autowired
    NocBoard board;

    @Autowired
    DeploymentRepository deployments;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Autowired
    FleetTargetRepository targets;

    private Deployment deployment(DeploymentState state) {
        return new StoredDeployments(deployments, json, chains).in(state);
    }

    private FleetTarget parisDocker() {
        String name = "paris-docker-" + UUID.randomUUID().toString().substring(0, 6);
        FleetTarget target = new FleetTarget(UUID.randomUUID(), TargetKind.DOCKER, TestUsers.ADMIN, Instant.now());
        target.describe(name, "Paris", "eu-west", "", "tcp://10.0.0.7:2376", "", TestUsers.ADMIN, Instant.now());
        target.checked(Health.REACHABLE, "", "27.3", Instant.now());
        return targets.save(target);
    }

    private UUID down(Deployment d, FleetTarget target, Severity severity, String workload) {
        reports.report(
                FaultScope.of("live", d.getId()),
                List.of(new Fault(
                        "workload-missing:" + workload,
                        Fault.ManagedObject.deployment(d.getId(), d.getName()),
                        Fault.Resource.workload(workload, "firewall", target.getId()),
                        severity,
                        Fault.EventType.PROCESSING_ERROR_ALARM,
                        "Workload missing",
                        "nothing of it runs on " + target.getName())));
        return board.snapshot().alarms().top().stream()
                .filter(a -> a.object().id().equals(d.getId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void anAdminSeesEveryArea() {
        signIn(TestUsers.ADMIN);
        navigate(OverviewView.class);

        assertThat($(Anchor.class).all())
                .extracting(a -> a.getId().orElse(""))
                .contains("card-catalog", "card-audit", "card-admin-users", "card-api");
        assertThat(text()).contains("Signed in as admin with the Admin role");
    }

    @Test
    void aVnfThatWentDownShowsWithoutAClickWhatItBreaksWhereAndHowSevere() {
        FleetTarget paris = parisDocker();
        Deployment vcpe = deployment(DeploymentState.INSTANTIATED);
        UUID alarm = down(vcpe, paris, Severity.CRITICAL, "firewall-fw");
        signIn(TestUsers.VIEWER);

        navigate(OverviewView.class);

        assertThat(textOf("noc-latest"))
                .contains("Worst alarm, raised just now")
                .contains("Critical", "Workload missing", "firewall-fw (firewall)", vcpe.getName())
                .contains("chain " + vcpe.getChainName())
                .contains("on " + paris.getName() + " · Paris");
        assertThat(textOf("noc-alarm-" + alarm)).contains("Critical", vcpe.getName(), "Paris");
        assertThat(href("noc-alarms-critical")).isEqualTo("alarms?severity=CRITICAL");
        assertThat(textOf("noc-alarms-critical"))
                .contains(board.snapshot().alarms().bySeverity().get(Severity.CRITICAL) + "");
        assertThat(anchorsIn("noc-alarm-" + alarm)).contains("alarms?alarm=" + alarm, "deployments/" + vcpe.getId());
        assertThat(anchorsIn("noc-deployment-list")).contains("deployments/" + vcpe.getId());
        assertThat(textOf("noc-deployment-" + vcpe.getId())).contains("Degraded", "Critical");
        assertThat(text()).contains("Paris");
    }

    @Test
    void theNewestAlarmOfTheWorstSeverityComesFirst() {
        FleetTarget paris = parisDocker();
        UUID older = down(deployment(DeploymentState.INSTANTIATED), paris, Severity.CRITICAL, "dpi-a");
        UUID newer = down(deployment(DeploymentState.INSTANTIATED), paris, Severity.CRITICAL, "dpi-b");
        signIn(TestUsers.VIEWER);

        navigate(OverviewView.class);

        List<String> rows = childIds("noc-alarm-list");
        assertThat(rows).contains("noc-alarm-" + newer);
        if (rows.contains("noc-alarm-" + older)) {
            assertThat(rows.indexOf("noc-alarm-" + newer)).isLessThan(rows.indexOf("noc-alarm-" + older));
        }
    }

    @Test
    void failedAndDegradedDeploymentsAreListedFirst() {
        deployment(DeploymentState.INSTANTIATED);
        deployment(DeploymentState.FAILED);
        down(deployment(DeploymentState.INSTANTIATED), parisDocker(), Severity.MAJOR, "nat-a");
        signIn(TestUsers.VIEWER);

        navigate(OverviewView.class);

        List<Condition> shown = childIds("noc-deployment-list").stream()
                .map(id -> condition(textOf(id)))
                .toList();
        assertThat(shown).isSortedAccordingTo(Enum::compareTo).first().isEqualTo(Condition.FAILED);
        assertThat(textOf("noc-deployments-failed")).isNotBlank();
    }

    @Test
    void aNewAlarmAppearsByPushWithoutNavigating() {
        FleetTarget paris = parisDocker();
        Deployment vcpe = deployment(DeploymentState.INSTANTIATED);
        signIn(TestUsers.VIEWER);
        navigate(OverviewView.class);
        assertThat(exists("noc-deployment-" + vcpe.getId())
                        && textOf("noc-deployment-" + vcpe.getId()).contains("Degraded"))
                .isFalse();

        UUID alarm = down(vcpe, paris, Severity.CRITICAL, "router-r");

        assertThat(exists("noc-alarm-" + alarm))
                .as("the pushed redraw shows the new alarm")
                .isTrue();
        assertThat(textOf("noc-latest")).contains(vcpe.getName(), "router-r");
    }

    @Test
    void wallModeHidesTheNavigationAndTheAreasAndItsButtonBringsThemBack() {
        signIn(TestUsers.VIEWER);
        navigate(OverviewView.class);
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.of("wall", ""));

        AppLayout frame = $(AppLayout.class).first();
        assertThat(frame.getElement().getClassList()).contains(OverviewView.WALL_CLASS);
        assertThat(shown("overview-areas")).isFalse();
        assertThat(textOf("noc-wall-toggle")).isEqualTo("Exit wall mode");

        click("noc-wall-toggle");

        assertThat(frame.getElement().getClassList()).doesNotContain(OverviewView.WALL_CLASS);
        assertThat(shown("overview-areas")).isTrue();
    }

    private String href(String id) {
        return byId(Anchor.class, id).getHref();
    }

    private List<String> anchorsIn(String id) {
        return descendants(byId(Component.class, id))
                .filter(Anchor.class::isInstance)
                .map(c -> ((Anchor) c).getHref())
                .toList();
    }

    private List<String> childIds(String id) {
        return byId(Component.class, id)
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .toList();
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root), root.getChildren().flatMap(OverviewViewTest::descendants));
    }

    private static Condition condition(String row) {
        return Arrays.stream(Condition.values())
                .filter(c -> row.startsWith(c.label()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no condition in " + row));
    }
}
