package io.chainline.console.alarm.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.view.DeploymentView;
import io.chainline.console.deployment.view.DeploymentsView;
import io.chainline.console.support.StoredDeployments;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the deployment page shows of its alarms: each NF's worst as a badge and on the picture, and the Alarms list. */
class DeploymentAlarmsViewTest extends ViewTest {

    @Autowired
    DeploymentRepository repository;

    @Autowired
    DeploymentJson json;

    @Autowired
    ChainService chains;

    @Autowired
    FaultReports reports;

    @Autowired
    AlarmQueries queries;

    private static Fault fault(Deployment d, String workload, String nf, Severity severity) {
        return new Fault(
                "workload-missing:" + workload,
                Fault.ManagedObject.deployment(d.getId(), d.getName()),
                Fault.Resource.workload(workload, nf, null),
                severity,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                "Workload missing",
                workload + " is gone");
    }

    private Deployment withAlarms() {
        Deployment d = new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED);
        reports.report(
                FaultScope.of("live", d.getId()),
                List.of(
                        fault(d, "firewall-fw", "firewall", Severity.MINOR),
                        fault(d, "firewall-log", "firewall", Severity.CRITICAL),
                        fault(d, "router-r1", "router", Severity.WARNING)));
        return d;
    }

    private void open(Deployment d, String user) {
        signIn(user);
        navigate("deployments/" + d.getId(), DeploymentView.class);
    }

    @Test
    void eachNfCarriesItsWorstAlarmAndTheSectionListsThemWorstFirst() {
        Deployment d = withAlarms();
        open(d, TestUsers.VIEWER);

        assertThat(byId(com.vaadin.flow.component.html.Span.class, "alarm-severity-firewall")
                        .getElement()
                        .getAttribute("data-severity"))
                .isEqualTo("CRITICAL");
        assertThat(textOf("alarm-severity-router")).isEqualTo("Warning");
        assertThat(rows("deployment-alarms"))
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("Critical").contains("firewall-log"),
                        r -> assertThat(r).startsWith("Minor").contains("firewall-fw"),
                        r -> assertThat(r).startsWith("Warning").contains("router-r1"));
        assertThat(byId(Anchor.class, "deployment-alarms-link").getHref()).isEqualTo("alarms?deployment=" + d.getId());
        assertThat(((Html) byId(com.vaadin.flow.component.html.Div.class, "deployment-picture")
                                .getChildren()
                                .findFirst()
                                .orElseThrow())
                        .getInnerHtml())
                .contains("data-node=\"firewall\"")
                .contains("data-mark=\"CRITICAL\"");
        assertThat(exists("deployment-alarm-ack")).isFalse();
    }

    @Test
    void anOperatorAcknowledgesFromTheDeploymentPage() {
        Deployment d = withAlarms();
        open(d, TestUsers.OPERATOR);

        clickInGrid("deployment-alarms", "deployment-alarm-ack");

        assertThat(queries.activeOn(d.getId()).getFirst().getAckState()).isEqualTo(AckState.ACKNOWLEDGED);
        assertThat(rows("deployment-alarms").getFirst()).contains("Acknowledged by " + TestUsers.OPERATOR);
    }

    @Test
    void aDeploymentWithoutAlarmsSaysSo() {
        open(new StoredDeployments(repository, json, chains).in(DeploymentState.INSTANTIATED), TestUsers.VIEWER);

        assertThat(textOf("deployment-alarms-none")).isEqualTo("No active alarms.");
        assertThat(shown("deployment-nf-alarms")).isFalse();
    }

    @Test
    void theDeploymentsListShowsEachDeploymentsWorstAlarm() {
        Deployment d = withAlarms();
        signIn(TestUsers.VIEWER);
        navigate(DeploymentsView.class);

        assertThat(rows("deployments-grid"))
                .filteredOn(r -> r.startsWith(d.getName()))
                .singleElement()
                .asString()
                .contains("Critical");
    }
}
