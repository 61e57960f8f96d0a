package io.chainline.console.maintenance.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.maintenance.service.WindowRequest;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Defines a maintenance window: allow or deny, when it recurs and for how long, and which targets it covers. */
class WindowDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final Select<WindowKind> kind = new Select<>();
    private final Select<RecurrenceKind> recurrence = new Select<>();
    private final TextField expression = new TextField("Cron or RRULE");
    private final DateTimePicker start = new DateTimePicker("First start (local)");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final IntegerField duration = new IntegerField("Duration (minutes)");
    private final MultiSelectComboBox<String> targets = new MultiSelectComboBox<>("Targets");
    private final TextField sites = new TextField("Sites (comma separated)");
    private final TextField labels = new TextField("Labels (key=value, comma separated)");
    private final TextField description = new TextField("Description");

    WindowDialog(List<String> targetNames, Consumer<WindowRequest> save) {
        setHeaderTitle("New maintenance window");
        setId("window-dialog");
        name.setId("window-name");
        kind.setLabel("Kind");
        kind.setId("window-kind");
        kind.setItems(WindowKind.values());
        labels();
        kind.setValue(WindowKind.ALLOW);
        recurrence.setLabel("Recurs");
        recurrence.setId("window-recurrence");
        recurrence.setItems(RecurrenceKind.values());
        recurrence.setValue(RecurrenceKind.CRON);
        expression.setId("window-expression");
        expression.setValue("0 1 * * SUN");
        expression.setHelperText("cron: 0 1 * * SUN · RRULE: FREQ=WEEKLY;BYDAY=SU;BYHOUR=1;BYMINUTE=0");
        start.setId("window-start");
        zone.setId("window-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("UTC");
        duration.setId("window-duration");
        duration.setValue(240);
        targets.setId("window-targets");
        targets.setItems(targetNames);
        sites.setId("window-sites");
        labels.setId("window-labels");
        labels.setPlaceholder("tier=edge");
        add(new FormLayout(
                name, kind, recurrence, expression, start, zone, duration, targets, sites, labels, description));
        Button ok = new Button("Save", e -> {
            save.accept(request());
            close();
        });
        ok.setId("window-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    private WindowRequest request() {
        return new WindowRequest(
                name.getValue(),
                kind.getValue(),
                recurrence.getValue(),
                expression.getValue(),
                start.getValue(),
                zone.getValue(),
                duration.getValue(),
                List.copyOf(targets.getSelectedItems()),
                split(sites.getValue()),
                labels(labels.getValue()),
                description.getValue());
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        for (String part : split(text)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ChainlineException(
                        "WINDOW-LABEL-INVALID",
                        ChainlineException.Category.INVALID,
                        "'" + part + "' is not a label; write key=value, comma separated.");
            }
            labels.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return labels;
    }

    // what each choice means, in words: the enum names are the API's, not the operator's
    private void labels() {
        kind.setItemLabelGenerator(k -> k == WindowKind.ALLOW
                ? "Allow: jobs may run only inside it"
                : "Deny: no job runs on its targets during it");
        recurrence.setItemLabelGenerator(r -> switch (r) {
            case ONCE -> "Once";
            case CRON -> "Cron expression";
            case RRULE -> "Recurrence rule (RRULE)";
        });
    }
}
