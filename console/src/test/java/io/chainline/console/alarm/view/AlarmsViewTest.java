package io.chainline.console.alarm.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.ViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The alarms view, server-side: what it lists, how it filters, and what operators (and only they) do there. */
class AlarmsViewTest extends ViewTest {

    @Autowired
    FaultReports reports;

    @Autowired
    AlarmQueries queries;

    @Autowired
    AlarmActions actions;

    @Autowired
    TestClock clock;

    /** A word only this test's alarms carry, so tests sharing the database filter on their own. */
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Fault fault(UUID deployment, String workload, Severity severity, String details) {
        return new Fault(
                "workload-missing:" + workload,
                Fault.ManagedObject.deployment(deployment, "dep-" + tag),
                Fault.Resource.workload(workload, "firewall", null),
                severity,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                "Workload missing",
                details + " " + tag);
    }

    /** Raises one alarm in a scope of its own, {@code minutesAgo} minutes ago. */
    private UUID raise(String workload, Severity severity, int minutesAgo) {
        UUID deployment = UUID.randomUUID();
        clock.setNow(Instant.now().minusSeconds(60L * minutesAgo));
        reports.report(FaultScope.of("live", deployment), List.of(fault(deployment, workload, severity, "gone")));
        clock.reset();
        return queries.activeOn(deployment).getFirst().getId();
    }

    private UUID raiseExternal(String name) {
        UUID object = UUID.randomUUID();
        reports.report(
                FaultScope.of("alertmanager", "x" + tag),
                List.of(new Fault(
                        "alert:" + name,
                        new Fault.ManagedObject(Fault.ManagedObject.Kind.EXTERNAL, object, "prometheus"),
                        new Fault.Resource(Fault.Resource.Kind.EXTERNAL, name, "", null),
                        Severity.WARNING,
                        Fault.EventType.QOS_ALARM,
                        "Alert firing",
                        name + " " + tag)));
        return queries.activeOn(object).getFirst().getId();
    }

    private void open(String user, String query) {
        signIn(user);
        go("q=" + tag + (query.isEmpty() ? "" : "&" + query));
    }

    /** Opens the alarms view at a URL query, as a link or a reload does. */
    private void go(String query) {
        UI.getCurrent().navigate("alarms", QueryParameters.fromString(query));
        assertThat($(AlarmsView.class).all()).hasSize(1);
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void listsNewestFirstAndWorstFirstWhenAsked() {
        raise("old-critical", Severity.CRITICAL, 30);
        raise("new-minor", Severity.MINOR, 1);
        raise("mid-major", Severity.MAJOR, 10);
        open(TestUsers.VIEWER, "");

        assertThat(rows("alarms-grid"))
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("Minor").contains("new-minor", "1 min ago"),
                        r -> assertThat(r).startsWith("Major").contains("mid-major"),
                        r -> assertThat(r).startsWith("Critical").contains("old-critical"));
        assertThat(textOf("alarms-total")).isEqualTo("3 alarms");
        assertThat(textOf("alarms-as-of")).startsWith("as of ");

        test(byId(Checkbox.class, "alarms-worst-first")).click();

        assertThat(rows("alarms-grid"))
                .map(r -> r.substring(0, r.indexOf(' ')))
                .containsExactly("Critical", "Major", "Minor");
        assertThat(location()).contains("order=worst");
    }

    @Test
    void filtersNarrowTheListAndLiveInTheUrl() {
        raise("fw-a", Severity.CRITICAL, 3);
        raise("fw-b", Severity.MAJOR, 2);
        UUID cleared = raise("fw-c", Severity.MINOR, 1);
        Alarm c = queries.find(cleared).orElseThrow();
        reports.report(c.getScope(), List.of());
        open(TestUsers.VIEWER, "");
        assertThat(rows("alarms-grid")).hasSize(2);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Severity> severity = byId(MultiSelectComboBox.class, "alarms-severity");
        severity.setValue(Set.of(Severity.MAJOR));
        assertThat(rows("alarms-grid")).singleElement().asString().contains("fw-b");
        assertThat(location()).contains("severity=MAJOR").contains("q=" + tag);

        severity.clear();
        @SuppressWarnings("unchecked")
        Select<String> state = byId(Select.class, "alarms-state");
        state.setValue(AlarmsQuery.ALL);
        assertThat(rows("alarms-grid")).hasSize(3);
        state.setValue(AlarmsQuery.CLEARED);
        assertThat(rows("alarms-grid"))
                .singleElement()
                .asString()
                .startsWith("Cleared")
                .contains("fw-c");

        // a reload (or a shared link) shows the same filter and the same alarms
        go(location().substring(location().indexOf('?') + 1));
        assertThat(byId(Select.class, "alarms-state").getValue()).isEqualTo(AlarmsQuery.CLEARED);
        assertThat(rows("alarms-grid")).singleElement().asString().contains("fw-c");

        go("q=" + tag + "%20fw-a");
        assertThat(rows("alarms-grid")).singleElement().asString().contains("fw-a");
    }

    @Test
    void bulkAcknowledgeAcknowledgesTheSelectedOnesWithTheComment() {
        UUID first = raise("one", Severity.MAJOR, 3);
        UUID second = raise("two", Severity.MAJOR, 2);
        UUID untouched = raise("three", Severity.MAJOR, 1);
        open(TestUsers.OPERATOR, "");
        assertThat(byId(Button.class, "alarms-ack").isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        Grid<Alarm> grid = byId(Grid.class, "alarms-grid");
        grid.getListDataView()
                .getItems()
                .filter(a -> a.getId().equals(first) || a.getId().equals(second))
                .forEach(grid::select);
        click("alarms-ack");
        type("alarms-ack-comment", "ticket NOC-42");
        click("alarms-ack-confirm");

        for (UUID id : List.of(first, second)) {
            Alarm acked = queries.find(id).orElseThrow();
            assertThat(acked.getAckState()).isEqualTo(AckState.ACKNOWLEDGED);
            assertThat(acked.getAckBy()).contains(TestUsers.OPERATOR);
            assertThat(acked.getAckComment()).contains("ticket NOC-42");
        }
        assertThat(queries.find(untouched).orElseThrow().getAckState()).isEqualTo(AckState.UNACKNOWLEDGED);
        assertThat(textOf("alarms-result")).isEqualTo("2 alarms acknowledged.");
        assertThat(rows("alarms-grid"))
                .filteredOn(r -> r.contains("Acknowledged by " + TestUsers.OPERATOR))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r).contains("ticket NOC-42"));
    }

    @Test
    void chainlinesOwnAlarmCannotBeClearedByHandAndTheButtonSaysWhy() {
        UUID own = raise("fw", Severity.CRITICAL, 1);
        open(TestUsers.OPERATOR, "alarm=" + own);

        Button clear = byId(Button.class, "alarm-clear");
        assertThat(clear.isEnabled()).isFalse();
        assertThat(clear.getTooltip().getText()).contains("Chainline clears this alarm itself");
        assertThat(textOf("alarm-detail-fields"))
                .contains("Critical", "Processing error", "Workload missing", "Workload fw (NF firewall)");
    }

    @Test
    void anExternalAlarmIsClearedAfterConfirmationSayingWhatHappens() {
        UUID external = raiseExternal("HighLatency");
        open(TestUsers.OPERATOR, "alarm=" + external);

        click("alarm-clear");
        assertThat(confirmation()).contains("Clear Alert firing on prometheus?").contains("moves to history");
        click("confirm-ok");

        Alarm cleared = queries.find(external).orElseThrow();
        assertThat(cleared.isActive()).isFalse();
        assertThat(cleared.getClearedBy()).contains(TestUsers.OPERATOR);
        assertThat(textOf("alarm-detail-fields")).contains("Cleared").contains("by " + TestUsers.OPERATOR);
    }

    @Test
    void anOperatorAcknowledgesAndAddsANoteInTheDetail() {
        UUID id = raise("fw", Severity.MAJOR, 1);
        open(TestUsers.OPERATOR, "alarm=" + id);

        type("alarm-note-text", "handed over to night shift");
        click("alarm-note-add");
        type("alarm-ack-comment", "looking");
        click("alarm-ack");

        assertThat(textOf("alarm-notes")).contains(TestUsers.OPERATOR).contains("handed over to night shift");
        assertThat(actions.notes(id))
                .singleElement()
                .extracting(n -> n.getText())
                .isEqualTo("handed over to night shift");
        assertThat(queries.find(id).orElseThrow().getAckComment()).contains("looking");
        assertThat(shown("alarm-unack")).isTrue();
    }

    @Test
    void anEmptyNoteIsRefusedInPlace() {
        UUID id = raise("fw", Severity.MAJOR, 1);
        open(TestUsers.OPERATOR, "alarm=" + id);

        click("alarm-note-add");

        assertThat(shown("alarm-detail-error")).isTrue();
        assertThat(textOf("alarm-detail-error")).isEqualTo("Write something in the note.");
    }

    @Test
    void theCsvHoldsWhatTheFilterSelectsAndIsFormulaSafe() {
        raise("=cmd|' /C calc'!A0", Severity.CRITICAL, 2);
        raise("plain", Severity.MINOR, 1);
        open(TestUsers.VIEWER, "severity=CRITICAL");

        String csv = $(AlarmsView.class).single().csv();

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).startsWith("id,perceived_severity,raised_at");
        assertThat(csv)
                .contains(",'=cmd|' /C calc'!A0,")
                .doesNotContain(",=cmd")
                .doesNotContain("plain");
        assertThat(exists("alarms-export")).isTrue();
    }

    @Test
    void aViewerReadsButSeesNoActions() {
        UUID id = raise("fw", Severity.MAJOR, 1);
        open(TestUsers.VIEWER, "alarm=" + id);

        assertThat(rows("alarms-grid")).hasSize(1);
        assertThat(exists("alarms-ack")).isFalse();
        assertThat(exists("alarm-detail-fields")).isTrue();
        for (String action : List.of("alarm-ack", "alarm-unack", "alarm-clear", "alarm-note-add")) {
            assertThat(exists(action)).as(action).isFalse();
        }
    }

    /** Runs what Push queued for this UI (a browser would receive it as the server pushes). */
    private static void pushed() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    void theTopBarCountsUnacknowledgedActiveAlarmsInTheWorstColourAndFollowsByPush() {
        signIn(TestUsers.VIEWER);
        go("");
        long before = Long.parseLong(textOf("alarm-badge-count"));

        UUID id = raise("bell", Severity.CRITICAL, 1);
        pushed();

        assertThat(Long.parseLong(textOf("alarm-badge-count"))).isEqualTo(before + 1);
        assertThat(byId(Anchor.class, "alarm-badge").getElement().getAttribute("data-severity"))
                .isEqualTo("CRITICAL");
        assertThat(byId(Anchor.class, "alarm-badge").getHref()).contains("ack=UNACKNOWLEDGED");

        actions.acknowledge(id, "", java.util.OptionalLong.empty(), TestUsers.OPERATOR);
        pushed();
        assertThat(Long.parseLong(textOf("alarm-badge-count"))).isEqualTo(before);
    }

    @Test
    void theListFollowsByPush() {
        open(TestUsers.VIEWER, "");
        assertThat(rows("alarms-grid")).isEmpty();

        raise("late", Severity.MAJOR, 0);
        pushed();

        assertThat(rows("alarms-grid")).singleElement().asString().contains("late");
    }

    @Test
    void clickingARowOpensItsDetailInTheUrlAndClosingItKeepsTheFilter() {
        UUID id = raise("fw", Severity.MAJOR, 1);
        open(TestUsers.VIEWER, "severity=MAJOR");

        @SuppressWarnings("unchecked")
        Grid<Alarm> grid = byId(Grid.class, "alarms-grid");
        test(grid).clickRow(0);

        assertThat(location()).contains("alarm=" + id).contains("severity=MAJOR");
        assertThat(textOf("alarm-detail-fields")).contains("Workload fw (NF firewall)");

        click("alarm-detail-close");

        assertThat(location()).contains("severity=MAJOR").doesNotContain("alarm=");
        assertThat(exists("alarm-detail-fields")).isFalse();
    }
}
