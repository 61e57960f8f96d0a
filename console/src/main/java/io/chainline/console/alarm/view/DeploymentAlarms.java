package io.chainline.console.alarm.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the deployment page shows of its alarms: each part's worst active alarm (for its badges and its picture), an
 * Alarms section listing them worst first with acknowledge, and a signal when they change. The page stays a
 * deployment page; what an alarm looks like and what acknowledging does is decided here.
 */
@Component
@org.springframework.modulith.NamedInterface("view") // used by the deployment page (ADR 24)
public class DeploymentAlarms {

    private final AlarmQueries queries;
    private final AlarmActions actions;
    private final AlarmSignals signals;
    private final CurrentUser user;
    private final Clock clock;

    DeploymentAlarms(AlarmQueries queries, AlarmActions actions, AlarmSignals signals, CurrentUser user, Clock clock) {
        this.queries = queries;
        this.actions = actions;
        this.signals = signals;
        this.user = user;
        this.clock = clock;
    }

    /** The deployment's active alarms, worst first. */
    public List<Alarm> active(UUID deployment) {
        return queries.activeOn(deployment);
    }

    /** Worst active severity per NF and per resource (workload, link) of the deployment. */
    public AlarmQueries.Worst worst(UUID deployment) {
        return queries.worstOf(deployment);
    }

    /** Each object's (deployment's) worst active severity, for the deployments list. */
    public Map<UUID, Severity> worstByDeployment() {
        return queries.worstByManaged();
    }

    /** Runs {@code changed} (on the signalling thread) whenever any alarm changes. */
    public AlarmSignals.Subscription onAnyChange(Runnable changed) {
        return signals.subscribe(ids -> changed.run());
    }

    /**
     * What of {@code active} a page shows, to compare two reads: an alarm changed when its version did (a mere repeat
     * leaves the version alone, and so does not redraw the page).
     */
    public static List<String> fingerprint(List<Alarm> active) {
        return active.stream().map(a -> a.getId() + ":" + a.getVersion()).toList();
    }

    /** Runs {@code changed} (on the signalling thread) whenever this deployment's alarms change. */
    public AlarmSignals.Subscription onChange(UUID deployment, Runnable changed) {
        return signals.subscribe(ids -> {
            if (ids.contains(deployment)) {
                changed.run();
            }
        });
    }

    /** A part's badge: its worst active severity, with a stable id for tests ({@code alarm-severity-<part>}). */
    public static Span badge(String part, Severity severity) {
        Span badge = AlarmBadges.of(severity);
        badge.setId("alarm-severity-" + part);
        badge.getElement().setAttribute("title", severity.label() + " alarm on " + part);
        return badge;
    }

    /**
     * The page's Alarms section: the active alarms worst first, each opening in the alarms view, with Acknowledge for
     * operators; a link to the alarms view filtered on this deployment.
     *
     * @param changed redraws the page after an acknowledgement
     */
    public VerticalLayout section(UUID deployment, List<Alarm> active, Runnable changed) {
        Anchor all = new Anchor(AlarmsQuery.on(deployment).location(), "Open in the alarms view");
        all.setId("deployment-alarms-link");
        HorizontalLayout head = new HorizontalLayout(new H4("Alarms"), all);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(head);
        section.setId("deployment-alarms-section");
        section.setPadding(false);
        if (active.isEmpty()) {
            Paragraph none = new Paragraph("No active alarms.");
            none.setId("deployment-alarms-none");
            section.add(none);
            return section;
        }
        Paragraph error = new Paragraph();
        error.setId("deployment-alarms-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        section.add(error, grid(deployment, active, error, changed));
        return section;
    }

    private Grid<Alarm> grid(UUID deployment, List<Alarm> active, Paragraph error, Runnable changed) {
        Optional<String> actor =
                user.account().filter(a -> a.role().includes(Role.OPERATOR)).flatMap(a -> user.username());
        Grid<Alarm> grid = new Grid<>(Alarm.class, false);
        grid.setId("deployment-alarms");
        grid.addComponentColumn(a -> AlarmBadges.of(a.getPerceivedSeverity()))
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AlarmBadges::resource).setHeader("Resource").setAutoWidth(true);
        grid.addColumn(Alarm::getProbableCause).setHeader("Probable cause").setAutoWidth(true);
        grid.addColumn(Alarm::getFaultDetails).setHeader("Details").setFlexGrow(3);
        grid.addComponentColumn(a -> AlarmBadges.age(a.getRaisedAt(), clock.instant()))
                .setHeader("Raised")
                .setAutoWidth(true);
        grid.addColumn(a -> AlarmBadges.ack(a, clock.instant())).setHeader("Acknowledgement");
        grid.addComponentColumn(a -> actions(deployment, a, actor, error, changed))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(active);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions(
            UUID deployment, Alarm alarm, Optional<String> actor, Paragraph error, Runnable changed) {
        Anchor open = new Anchor(
                AlarmsQuery.on(deployment).withAlarm(Optional.of(alarm.getId())).location(), "Open");
        open.setId("deployment-alarm-open");
        HorizontalLayout cell = new HorizontalLayout(open);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.isPresent() && alarm.getAckState() == AckState.UNACKNOWLEDGED) {
            Button ack = new Button("Acknowledge", e -> {
                try {
                    actions.acknowledge(alarm.getId(), null, OptionalLong.of(alarm.getVersion()), actor.get());
                    changed.run();
                } catch (ChainlineException refused) {
                    error.setText(refused.getMessage());
                    error.setVisible(true);
                }
            });
            ack.setId("deployment-alarm-ack");
            ack.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(ack);
        }
        return cell;
    }
}
