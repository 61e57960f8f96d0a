package io.chainline.console.alarm.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.fleet.service.TargetSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The alarms view's filter bar. It only shows an {@link AlarmsQuery} and tells the view the new one when the user
 * changes a field; the view keeps the query in the URL, so what the bar shows is always what the URL says.
 */
final class AlarmFilters extends HorizontalLayout {

    private static final Map<String, String> STATES =
            Map.of(AlarmsQuery.ACTIVE, "Active", AlarmsQuery.CLEARED, "Cleared", AlarmsQuery.ALL, "All");

    private final MultiSelectComboBox<Severity> severity = new MultiSelectComboBox<>("Severity");
    private final Select<String> state = new Select<>();
    private final ComboBox<AckState> ack = new ComboBox<>("Acknowledgement");
    private final ComboBox<String> site = new ComboBox<>("Site");
    private final ComboBox<TargetSummary> target = new ComboBox<>("Target");
    private final ComboBox<Fault.ManagedObject> object = new ComboBox<>("Deployment or object");
    private final TextField text = new TextField("Contains");
    private final Checkbox worstFirst = new Checkbox("Worst first");
    private final Consumer<AlarmsQuery> changed;
    private AlarmsQuery shown = AlarmsQuery.defaults();
    private boolean showing;

    AlarmFilters(List<TargetSummary> targets, List<Fault.ManagedObject> objects, Consumer<AlarmsQuery> changed) {
        this.changed = changed;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        states();
        fleet(targets);
        object.setId("alarms-object");
        object.setItems(objects);
        object.setItemLabelGenerator(
                o -> o.name() + " (" + AlarmBadges.label(o.kind()).toLowerCase(java.util.Locale.ROOT) + ")");
        object.setClearButtonVisible(true);
        text.setId("alarms-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        worstFirst.setId("alarms-worst-first");
        add(severity, state, ack, site, target, object, text, worstFirst);
        listen();
    }

    private void states() {
        severity.setId("alarms-severity");
        severity.setItems(Arrays.stream(Severity.values())
                .filter(s -> s != Severity.CLEARED)
                .toList());
        severity.setItemLabelGenerator(Severity::label);
        state.setId("alarms-state");
        state.setLabel("State");
        state.setItems(AlarmsQuery.ACTIVE, AlarmsQuery.CLEARED, AlarmsQuery.ALL);
        state.setItemLabelGenerator(STATES::get);
        ack.setId("alarms-ack-state");
        ack.setItems(AckState.values());
        ack.setItemLabelGenerator(AlarmBadges::label);
        ack.setClearButtonVisible(true);
        ack.setPlaceholder("Any");
    }

    private void fleet(List<TargetSummary> targets) {
        site.setId("alarms-site");
        site.setItems(targets.stream()
                .map(TargetSummary::site)
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .sorted()
                .toList());
        site.setClearButtonVisible(true);
        target.setId("alarms-target");
        target.setItems(targets);
        target.setItemLabelGenerator(TargetSummary::name);
        target.setClearButtonVisible(true);
    }

    private void listen() {
        severity.addValueChangeListener(e -> tell(shown.withSeverities(e.getValue())));
        state.addValueChangeListener(e -> tell(shown.withState(e.getValue())));
        ack.addValueChangeListener(e -> tell(shown.withAck(Optional.ofNullable(e.getValue()))));
        site.addValueChangeListener(e -> tell(shown.withSite(e.getValue())));
        target.addValueChangeListener(
                e -> tell(shown.withTarget(Optional.ofNullable(e.getValue()).map(TargetSummary::id))));
        object.addValueChangeListener(
                e -> tell(shown.withManaged(Optional.ofNullable(e.getValue()).map(Fault.ManagedObject::id))));
        text.addValueChangeListener(e -> tell(shown.withText(e.getValue())));
        worstFirst.addValueChangeListener(e -> tell(shown.withWorstFirst(e.getValue())));
    }

    private void tell(AlarmsQuery query) {
        if (!showing) {
            changed.accept(query.withAlarm(Optional.empty()));
        }
    }

    /** Shows {@code query} in the fields without reporting it back as a change. */
    void show(AlarmsQuery query) {
        showing = true;
        try {
            shown = query;
            severity.setValue(query.severities());
            state.setValue(query.state());
            ack.setValue(query.ack().orElse(null));
            site.setValue(site.getListDataView().contains(query.site()) ? query.site() : null);
            target.setValue(query.target().flatMap(this::target).orElse(null));
            object.setValue(query.managed().flatMap(this::object).orElse(null));
            if (!text.getValue().strip().equals(query.text())) {
                text.setValue(query.text()); // only when it differs: never rewrite what the user is typing
            }
            worstFirst.setValue(query.worstFirst());
        } finally {
            showing = false;
        }
    }

    private Optional<TargetSummary> target(UUID id) {
        return target.getListDataView()
                .getItems()
                .filter(t -> t.id().equals(id))
                .findFirst();
    }

    private Optional<Fault.ManagedObject> object(UUID id) {
        return object.getListDataView()
                .getItems()
                .filter(o -> o.id().equals(id))
                .findFirst();
    }
}
