package io.chainline.console.schedule.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews.DeploymentSummary;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.WindowPolicy;
import io.chainline.console.schedule.service.ScheduleRequest;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Writes a schedule down: which job, when (once, cron or RRULE, in a time zone) and its policies. */
class ScheduleDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final Select<Operation> operation = new Select<>();
    private final ComboBox<DeploymentSummary> deployment = new ComboBox<>("Deployment");
    private final TextField newName = new TextField("New deployment's name");
    private final ComboBox<ChainSummary> chain = new ComboBox<>("Chain version");
    private final TextField targets = new TextField("Targets (comma separated; empty: any)");
    private final TextField nf = new TextField("Network function");
    private final TextField level = new TextField("Instantiation level");
    private final TextField workload = new TextField("Workload");
    private final Select<RecurrenceKind> recurrence = new Select<>();
    private final DateTimePicker at = new DateTimePicker("Local date and time");
    private final TextField expression = new TextField("Cron or RRULE");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final TextField ticket = new TextField("Change ticket");
    private final Select<MissedRunPolicy> missed = new Select<>();
    private final IntegerField slip = new IntegerField("Slip limit (minutes)");
    private final Select<WindowPolicy> windowPolicy = new Select<>();
    private final Checkbox stopOnFail = new Checkbox("Pause after a failed run", true);
    private final TextField override = new TextField("Override windows (ADMIN): reason");

    ScheduleDialog(
            List<DeploymentSummary> deployments,
            List<ChainSummary> chains,
            boolean admin,
            Consumer<ScheduleRequest> save) {
        setHeaderTitle("New schedule");
        setId("schedule-dialog");
        name.setId("schedule-name");
        operation.setLabel("Job");
        operation.setId("schedule-operation");
        operation.setItems(Operation.values());
        operation.setValue(Operation.UPGRADE);
        deployment.setId("schedule-deployment");
        deployment.setItems(deployments);
        deployment.setItemLabelGenerator(d -> d.name() + " (" + d.chainName() + " " + d.chainVersion() + ")");
        newName.setId("schedule-new-name");
        chain.setId("schedule-chain");
        chain.setItems(chains);
        chain.setItemLabelGenerator(c -> c.name() + " " + c.nsVersion());
        targets.setId("schedule-targets");
        recurrence.setLabel("Recurs");
        recurrence.setId("schedule-recurrence");
        recurrence.setItems(RecurrenceKind.values());
        recurrence.setValue(RecurrenceKind.ONCE);
        at.setId("schedule-at");
        expression.setId("schedule-expression");
        expression.setHelperText("cron: 0 2 * * SUN · RRULE: FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0");
        zone.setId("schedule-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("UTC");
        ticket.setId("schedule-ticket");
        missed.setLabel("When no console was up");
        missed.setItems(MissedRunPolicy.values());
        missed.setValue(MissedRunPolicy.RUN_LATE);
        slip.setValue(60);
        windowPolicy.setLabel("When windows close its targets");
        windowPolicy.setId("schedule-window-policy");
        windowPolicy.setItems(WindowPolicy.values());
        windowPolicy.setValue(WindowPolicy.WAIT);
        override.setId("schedule-override");
        override.setVisible(admin);
        operation.addValueChangeListener(e -> showFields());
        recurrence.addValueChangeListener(e -> showFields());
        showFields();
        FormLayout form = new FormLayout(
                name,
                operation,
                deployment,
                newName,
                chain,
                targets,
                nf,
                level,
                workload,
                recurrence,
                at,
                expression,
                zone,
                ticket,
                missed,
                slip,
                windowPolicy,
                stopOnFail,
                override);
        add(form);
        Button ok = new Button("Schedule", e -> {
            save.accept(request());
            close();
        });
        ok.setId("schedule-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    private void showFields() {
        Operation op = operation.getValue();
        deployment.setVisible(op != Operation.INSTANTIATE);
        newName.setVisible(op == Operation.INSTANTIATE);
        targets.setVisible(op == Operation.INSTANTIATE);
        chain.setVisible(op == Operation.INSTANTIATE || op == Operation.UPGRADE);
        nf.setVisible(op == Operation.SCALE);
        level.setVisible(op == Operation.SCALE);
        workload.setVisible(op == Operation.HEAL);
        expression.setVisible(recurrence.getValue() != RecurrenceKind.ONCE);
        at.setVisible(recurrence.getValue() != RecurrenceKind.CRON);
    }

    private ScheduleRequest request() {
        Operation op = operation.getValue();
        Optional<DeploymentSummary> d =
                Optional.ofNullable(deployment.getValue()).filter(x -> op != Operation.INSTANTIATE);
        DeploymentSettings settings = DeploymentSettings.defaults()
                .withTargets(Arrays.stream(targets.getValue().split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new)));
        JobOrder order = new JobOrder(
                op,
                d.map(DeploymentSummary::id),
                d.map(DeploymentSummary::name).orElse(newName.getValue().strip()),
                Optional.ofNullable(chain.getValue()).map(ChainSummary::id),
                op == Operation.INSTANTIATE ? Optional.of(settings) : Optional.empty(),
                Optional.of(nf.getValue().strip()).filter(v -> !v.isEmpty()),
                Optional.of(level.getValue().strip()).filter(v -> !v.isEmpty()),
                Map.of(),
                Optional.of(workload.getValue().strip()).filter(v -> !v.isEmpty()));
        return new ScheduleRequest(
                name.getValue(),
                order,
                recurrence.getValue(),
                expression.getValue(),
                at.getValue(),
                zone.getValue(),
                ticket.getValue(),
                missed.getValue(),
                slip.getValue(),
                windowPolicy.getValue(),
                override.getValue(),
                stopOnFail.getValue());
    }
}
