package io.chainline.console.alarm.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.domain.AlarmNote;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.view.Confirm;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One alarm with every SOL005 field, the alarms it correlates with, its notes, and what an operator may do to it. Each
 * action re-reads the alarm and redraws, so what it shows is what is stored; a refusal stays in the dialog.
 */
final class AlarmDetail extends Dialog {

    /** Why Chainline's own alarms have no Clear: they clear when the fault is gone. */
    static final String OWN_ALARM = "Chainline clears this alarm itself when the fault is gone; fix the cause "
            + "(heal, reconcile or repair the target) instead.";

    private final UUID id;
    private final AlarmQueries queries;
    private final AlarmActions actions;
    private final Optional<String> actor;
    private final Clock clock;
    private final Runnable changed;
    private final java.util.function.Function<UUID, String> targetName;
    private final VerticalLayout body = new VerticalLayout();
    private final Paragraph error = new Paragraph();
    // kept across redraws (a push, another action), so what the user is typing is never lost
    private final TextField comment = new TextField();
    private final TextArea noteText = new TextArea();

    /** @param actor who acts, empty for a viewer (who reads only) */
    AlarmDetail(
            UUID id,
            AlarmQueries queries,
            AlarmActions actions,
            Optional<String> actor,
            Clock clock,
            java.util.function.Function<UUID, String> targetName,
            Runnable changed) {
        this.id = id;
        this.targetName = targetName;
        this.queries = queries;
        this.actions = actions;
        this.actor = actor;
        this.clock = clock;
        this.changed = changed;
        setId("alarm-detail");
        setWidth("min(900px, 95vw)");
        error.setId("alarm-detail-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        body.setPadding(false);
        add(error, body);
        Button close = new Button("Close", e -> close());
        close.setId("alarm-detail-close");
        getFooter().add(close);
        redraw();
    }

    void redraw() {
        body.removeAll();
        Optional<Alarm> found = queries.find(id);
        if (found.isEmpty()) {
            setHeaderTitle("Alarm not found");
            body.add(new Paragraph("No alarm has id " + id + "."));
            return;
        }
        Alarm alarm = found.get();
        setHeaderTitle(
                alarm.getProbableCause() + " on " + alarm.getManagedObject().name());
        body.add(fields(alarm));
        actor.ifPresent(a -> body.add(actionBar(alarm, a)));
        body.add(correlated(alarm), notes(alarm));
    }

    private Div fields(Alarm a) {
        Map<String, Component> rows = new LinkedHashMap<>();
        what(a, rows, targetName);
        when(a, rows);
        Div fields = new Div();
        fields.setId("alarm-detail-fields");
        fields.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "4px 16px");
        rows.forEach((label, value) -> {
            Span name = new Span(label);
            name.getStyle().set("color", "var(--lumo-secondary-text-color)");
            value.getElement().getStyle().set("justify-self", "start"); // a badge as wide as its text
            fields.add(name, value);
        });
        return fields;
    }

    /** What is wrong, on what (SOL005 perceivedSeverity, eventType, probableCause, faultDetails, managed object…). */
    private static void what(
            Alarm a, Map<String, Component> rows, java.util.function.Function<UUID, String> targetName) {
        rows.put("Perceived severity", AlarmBadges.of(a.getPerceivedSeverity()));
        rows.put(
                "Severity when raised or last changed", new Span(a.getSeverity().label()));
        rows.put("Event type", new Span(AlarmBadges.label(a.getEventType())));
        rows.put("Probable cause", new Span(a.getProbableCause()));
        rows.put("Details", new Span(a.getFaultDetails()));
        rows.put(
                "Managed object",
                new Span(AlarmBadges.label(a.getManagedObject().kind()) + " "
                        + a.getManagedObject().name() + " ("
                        + a.getManagedObject().id() + ")"));
        rows.put("Resource", new Span(AlarmBadges.resource(a)));
        rows.put(
                "Runs on target",
                new Span(Optional.ofNullable(a.getResource().targetId())
                        .map(targetName)
                        .orElse("—")));
        rows.put("Root cause", new Span(a.isRootCause() ? "Yes" : "No"));
        rows.put("Source", new Span(a.getScope().source() + (a.isExternal() ? " (external)" : "")));
        rows.put("Alarm id", new Span(a.getId() + " · version " + a.getVersion()));
    }

    /** Its life: raised, changed, last seen, how often, cleared, acknowledged. */
    private void when(Alarm a, Map<String, Component> rows) {
        rows.put("Raised", AlarmBadges.age(a.getRaisedAt(), clock.instant()));
        rows.put("Changed", AlarmBadges.age(a.getChangedAt(), clock.instant()));
        rows.put("Last seen", AlarmBadges.age(a.getLastSeenAt(), clock.instant()));
        rows.put("Seen", new Span(a.getSeenCount() + (a.getSeenCount() == 1 ? " time" : " times")));
        rows.put(
                "Cleared",
                new Span(a.getClearedAt()
                        .map(at -> AlarmBadges.EXACT.format(at)
                                + a.getClearedBy()
                                        .filter(by -> !by.isBlank())
                                        .map(by -> " by " + by)
                                        .orElse(" (the fault is gone)"))
                        .orElse("Active")));
        rows.put("Acknowledgement", new Span(AlarmBadges.ack(a, clock.instant())));
    }

    private HorizontalLayout actionBar(Alarm alarm, String actor) {
        comment.setId("alarm-ack-comment");
        comment.setPlaceholder("Comment (optional)");
        Button ack = new Button("Acknowledge", e -> {
            if (act(() -> actions.acknowledge(id, comment.getValue(), OptionalLong.of(alarm.getVersion()), actor))) {
                comment.clear();
            }
        });
        ack.setId("alarm-ack");
        ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unack = new Button(
                "Unacknowledge", e -> act(() -> actions.unacknowledge(id, OptionalLong.of(alarm.getVersion()), actor)));
        unack.setId("alarm-unack");
        boolean acked = alarm.getAckState() == AckState.ACKNOWLEDGED;
        comment.setVisible(!acked);
        ack.setVisible(!acked);
        unack.setVisible(acked);
        HorizontalLayout bar = new HorizontalLayout(comment, ack, unack, clearButton(alarm, actor));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Button clearButton(Alarm alarm, String actor) {
        Button clear = new Button(
                "Clear",
                e -> Confirm.destructive(
                        "Clear " + alarm.getProbableCause() + " on "
                                + alarm.getManagedObject().name() + "?",
                        "The alarm moves to history as cleared by you, and subscribers are told it cleared. "
                                + alarm.getScope().source()
                                + " reports it from outside Chainline: if it still fires there, "
                                + "it raises a new alarm.",
                        "Clear",
                        () -> act(() -> actions.clear(id, actor))));
        clear.setId("alarm-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_ERROR);
        String why = !alarm.isActive() ? "It is already cleared." : alarm.isExternal() ? "" : OWN_ALARM;
        if (!why.isEmpty()) {
            clear.setEnabled(false);
            clear.setTooltipText(why);
            clear.getElement().setAttribute("data-why", why);
        }
        return clear;
    }

    private VerticalLayout correlated(Alarm alarm) {
        List<UUID> ids = queries.correlated(alarm);
        VerticalLayout section = new VerticalLayout(new H4("Correlated alarms"));
        section.setPadding(false);
        if (ids.isEmpty()) {
            section.add(new Paragraph("None."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("alarm-correlated");
        for (UUID other : ids) {
            queries.find(other)
                    .ifPresent(o -> list.add(new ListItem(
                            AlarmBadges.of(o.getPerceivedSeverity()),
                            new Anchor(
                                    AlarmsQuery.defaults()
                                            .withAlarm(Optional.of(other))
                                            .location(),
                                    " " + o.getProbableCause() + " on "
                                            + o.getManagedObject().name() + " / "
                                            + o.getResource().name()))));
        }
        section.add(list);
        return section;
    }

    private VerticalLayout notes(Alarm alarm) {
        VerticalLayout section = new VerticalLayout(new H4("Notes"));
        section.setPadding(false);
        List<AlarmNote> written = actions.notes(id);
        UnorderedList list = new UnorderedList();
        list.setId("alarm-notes");
        written.forEach(n -> list.add(
                new ListItem(n.getAuthor() + ", " + AlarmBadges.EXACT.format(n.getWrittenAt()) + ": " + n.getText())));
        section.add(written.isEmpty() ? new Paragraph("No notes yet.") : list);
        actor.ifPresent(a -> {
            noteText.setId("alarm-note-text");
            noteText.setPlaceholder("A handover, a ticket number…");
            noteText.setWidthFull();
            noteText.setMaxLength(2000);
            Button add = new Button("Add note", e -> {
                if (act(() -> actions.note(id, noteText.getValue(), a))) {
                    noteText.clear();
                }
            });
            add.setId("alarm-note-add");
            section.add(noteText, add);
        });
        return section;
    }

    /**
     * Runs an action; a refusal is shown here, in place, over the alarm as it is stored now (the fields typed into
     * are kept across the redraw).
     */
    private boolean act(Supplier<?> action) {
        try {
            action.get();
            error.setVisible(false);
        } catch (ChainlineException refused) {
            error.setText(refused.getMessage());
            error.setVisible(true);
            redraw();
            return false;
        }
        redraw();
        changed.run();
        return true;
    }
}
