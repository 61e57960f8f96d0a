package io.chainline.console.alarm.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.view.Redraws;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The top bar's alarm bell: how many active alarms nobody has acknowledged yet, in the colour of the worst of them,
 * linking to the alarms view filtered on exactly those. Redrawn by Push whenever an alarm changes.
 */
@org.springframework.modulith.NamedInterface("view") // the shell's top bar shows it (ADR 24)
public class AlarmIndicator extends Anchor {

    private final AlarmQueries queries;
    private final AlarmSignals signals;
    private final Span count = new Span();
    private AlarmSignals.Subscription subscription;

    public AlarmIndicator(AlarmQueries queries, AlarmSignals signals) {
        this.queries = queries;
        this.signals = signals;
        setId("alarm-badge");
        setHref(AlarmsQuery.defaults()
                .withAck(Optional.of(AckState.UNACKNOWLEDGED))
                .withWorstFirst(true)
                .location());
        count.setId("alarm-badge-count");
        add(new Icon(VaadinIcon.BELL), count);
        getStyle()
                .set("display", "inline-flex")
                .set("align-items", "center")
                .set("gap", "4px")
                .set("padding", "2px 10px")
                .set("border-radius", "999px")
                .set("text-decoration", "none")
                .set("font-weight", "600");
    }

    /** Reads the count and the worst severity again. */
    public void refresh() {
        AlarmFilter unacknowledged = unacknowledged(Set.of());
        long open = queries.count(unacknowledged);
        Optional<Severity> worst = open == 0
                ? Optional.empty()
                : Arrays.stream(Severity.values())
                        .filter(s -> s != Severity.CLEARED)
                        .filter(s -> queries.count(unacknowledged(Set.of(s))) > 0)
                        .findFirst();
        count.setText(String.valueOf(open));
        getElement().setAttribute("data-severity", worst.map(Severity::name).orElse("NONE"));
        getElement()
                .setAttribute(
                        "title",
                        open == 0
                                ? "No unacknowledged active alarms"
                                : open + " unacknowledged active " + (open == 1 ? "alarm" : "alarms") + ", worst "
                                        + worst.map(Severity::label).orElse("?"));
        getStyle()
                .set("background-color", worst.map(AlarmBadges::colour).orElse("var(--lumo-contrast-10pct)"))
                .set("color", worst.map(AlarmBadges::ink).orElse("var(--lumo-secondary-text-color)"));
    }

    private static AlarmFilter unacknowledged(Set<Severity> severities) {
        AlarmFilter active = AlarmFilter.activeOnly();
        return new AlarmFilter(
                severities,
                active.active(),
                Optional.of(AckState.UNACKNOWLEDGED),
                Set.of(),
                Set.of(),
                Optional.empty(),
                "");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
        Redraws redraws = new Redraws(attach.getUI(), this::refresh);
        subscription = signals.subscribe(changed -> redraws.changed());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
