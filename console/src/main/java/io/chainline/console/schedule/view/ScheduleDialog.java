package io.chainline.console.schedule.view;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.FieldRefusal;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentActions;
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
    private final Div error = new Div();
    private final List<DeploymentSummary> deployments;

    ScheduleDialog(
            List<DeploymentSummary> deployments,
            List<ChainSummary> chains,
            boolean admin,
            Consumer<ScheduleRequest> save) {
        this.deployments = deployments;
        setHeaderTitle("New schedule");
        setId("schedule-dialog");
        configureJobFields(chains);
        configureTimingFields(admin);
        operation.addValueChangeListener(e -> {
            offerDeployments();
            showFields();
        });
        recurrence.addValueChangeListener(e -> showFields());
        showFields();
        error.setId("schedule-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error, form());
        Button ok = new Button("Schedule", e -> {
            clearErrors();
            try {
                save.accept(request());
                close();
            } catch (ChainlineException refused) {
                // shown where it belongs, with the dialog and everything typed into it kept
                show(refused);
            }
        });
        ok.setId("schedule-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("schedule-cancel");
        getFooter().add(cancel, ok);
    }

    /** What runs: the job, and the deployment or chain and targets it runs on (ids are what the tests find). */
    private void configureJobFields(List<ChainSummary> chains) {
        name.setId("schedule-name");
        operation.setLabel("Job");
        operation.setId("schedule-operation");
        operation.setItems(Operation.values());
        operation.setItemLabelGenerator(Labels::of);
        operation.setValue(Operation.UPGRADE);
        deployment.setId("schedule-deployment");
        deployment.setItems(candidates(Operation.UPGRADE, deployments));
        deployment.setItemLabelGenerator(d -> d.name() + " (" + d.chainName() + " " + d.chainVersion() + ")");
        newName.setId("schedule-new-name");
        chain.setId("schedule-chain");
        chain.setItems(chains);
        chain.setItemLabelGenerator(c -> c.name() + " " + c.nsVersion());
        targets.setId("schedule-targets");
    }

    /** When it runs: recurrence and zone, and what happens when it is missed or a window closes its targets. */
    private void configureTimingFields(boolean admin) {
        recurrence.setLabel("Recurs");
        recurrence.setId("schedule-recurrence");
        recurrence.setItems(RecurrenceKind.values());
        recurrence.setItemLabelGenerator(Labels::of);
        recurrence.setValue(RecurrenceKind.ONCE);
        at.setId("schedule-at");
        expression.setId("schedule-expression");
        expression.setHelperText("cron: 0 2 * * SUN · RRULE: FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0");
        zone.setId("schedule-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("UTC");
        ticket.setId("schedule-ticket");
        missed.setLabel("When no console was up");
        missed.setId("schedule-missed");
        missed.setItems(MissedRunPolicy.values());
        missed.setItemLabelGenerator(Labels::of);
        missed.setValue(MissedRunPolicy.RUN_LATE);
        slip.setValue(60);
        windowPolicy.setLabel("When windows close its targets");
        windowPolicy.setId("schedule-window-policy");
        windowPolicy.setItems(WindowPolicy.values());
        windowPolicy.setItemLabelGenerator(Labels::of);
        windowPolicy.setValue(WindowPolicy.WAIT);
        override.setId("schedule-override");
        override.setVisible(admin);
    }

    private FormLayout form() {
        return new FormLayout(
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
    }

    /** The deployments a job of this kind can be scheduled on: never a terminated one. */
    static List<DeploymentSummary> candidates(Operation op, List<DeploymentSummary> all) {
        return all.stream()
                .filter(d ->
                        DeploymentActions.schedulable(op, d.name(), d.state()).allowed())
                .toList();
    }

    private void offerDeployments() {
        DeploymentSummary chosen = deployment.getValue();
        List<DeploymentSummary> offered = candidates(operation.getValue(), deployments);
        deployment.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            deployment.setValue(chosen);
        }
    }

    private void clearErrors() {
        error.setVisible(false);
        List<HasValidation> fields = List.of(
                name, operation, deployment, newName, chain, nf, level, workload, at, expression, slip, override);
        fields.forEach(f -> f.setInvalid(false));
    }

    private void show(ChainlineException refused) {
        Optional<HasValidation> field =
                refused instanceof FieldRefusal f ? fieldFor(f.field()) : fieldForCode(refused.code());
        String text = refused instanceof FieldRefusal f ? f.need() : refused.getMessage();
        field.ifPresentOrElse(
                f -> {
                    f.setErrorMessage(text);
                    f.setInvalid(true);
                },
                () -> {
                    error.setText(text);
                    error.setVisible(true);
                });
    }

    /** The field the API calls {@code name}, as this form shows it. */
    private Optional<HasValidation> fieldFor(String apiName) {
        return Optional.ofNullable(
                switch (apiName) {
                    case "deploymentId" -> deployment;
                    case "chainId" -> chain;
                    case "nf" -> nf;
                    case "level" -> level;
                    case "workload" -> workload;
                    case "job.operation" -> operation;
                    case "startsLocal" -> at;
                    default -> null;
                });
    }

    private Optional<HasValidation> fieldForCode(String code) {
        return Optional.ofNullable(
                switch (code) {
                    case "SCHEDULE-NAME-INVALID", "SCHEDULE-NAME-TAKEN" -> name;
                    case "SCHEDULE-SLIP-INVALID" -> slip;
                    case "SCHEDULE-OVERRIDE-ADMIN" -> override;
                    case "SCHEDULE-IN-PAST", "SCHEDULE-START-REQUIRED" -> at;
                    case "DEPLOYMENT-NAME-TAKEN", "DEPLOYMENT-NAME-INVALID" -> newName;
                    case "DEPLOYMENT-NOT-FOUND", "DEPLOYMENT-TERMINATED" -> deployment;
                    case "CHAIN-NOT-FOUND" -> chain;
                    default -> null;
                });
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
