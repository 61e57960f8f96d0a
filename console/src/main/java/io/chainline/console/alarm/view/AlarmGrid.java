package io.chainline.console.alarm.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.base.domain.Fault;
import java.time.Clock;

/** The alarms view's columns: what a NOC reads first on the left, history and counts on the right. */
final class AlarmGrid {

    private AlarmGrid() {}

    /** Its perceived severity; a cleared one also says what it was, which the history is read for. */
    private static com.vaadin.flow.component.Component severity(Alarm a) {
        Span badge = AlarmBadges.of(a.getPerceivedSeverity());
        if (!a.isActive()) {
            badge.setText("Cleared · was " + a.getSeverity().label());
        }
        return badge;
    }

    static void configure(Grid<Alarm> grid, Clock clock, boolean selectable) {
        grid.setId("alarms-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(selectable ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addComponentColumn(AlarmGrid::severity)
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> AlarmBadges.age(a.getRaisedAt(), clock.instant()))
                .setHeader("Raised")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(AlarmGrid::object).setHeader("Object").setAutoWidth(true);
        grid.addColumn(AlarmBadges::resource).setHeader("Resource").setAutoWidth(true);
        grid.addColumn(Alarm::getProbableCause).setHeader("Probable cause").setAutoWidth(true);
        grid.addColumn(Alarm::getFaultDetails).setHeader("Details").setFlexGrow(3);
        grid.addColumn(a -> AlarmBadges.ack(a, clock.instant()))
                .setHeader("Acknowledgement")
                .setFlexGrow(1);
        grid.addColumn(Alarm::getSeenCount)
                .setHeader("Count")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> AlarmBadges.age(a.getLastSeenAt(), clock.instant()))
                .setHeader("Last seen")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** The object as a link to its page: a deployment's own page, the fleet for a target. */
    static Component object(Alarm alarm) {
        Fault.ManagedObject o = alarm.getManagedObject();
        return switch (o.kind()) {
            case DEPLOYMENT -> new Anchor("deployments/" + o.id(), o.name());
            case TARGET -> new Anchor("fleet", o.name());
            default -> new Span(o.name());
        };
    }
}
