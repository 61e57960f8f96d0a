package io.chainline.console.fleet.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.connector.api.AccessException;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Platform;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.fleet.service.FleetPlatforms;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.Labels;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Registers a target, or changes one. The kinds offered are the installed platforms, and each draws its own access
 * form ({@link AccessFormView}); the dialog names no platform. What was typed in one kind's form stays there when
 * another kind is looked at.
 */
final class TargetDialog extends Dialog {

    private final FleetService fleet;
    private final Optional<TargetSummary> existing;
    private final String actor;
    private final Consumer<TargetSummary> saved;
    private final Map<TargetKind, Platform> platforms = new LinkedHashMap<>();
    private final Map<TargetKind, AccessFormView> forms = new LinkedHashMap<>();

    private final TextField name = new TextField("Name");
    private final Select<TargetKind> kind = new Select<>();
    private final TextField site = new TextField("Site");
    private final TextField region = new TextField("Region");
    private final TextField labels = new TextField("Labels (key=value, comma separated)");
    private final Paragraph help = new Paragraph();
    private final Paragraph verdict = new Paragraph();
    private final Div access = new Div();

    TargetDialog(
            FleetService fleet,
            FleetPlatforms installed,
            Optional<TargetSummary> existing,
            String actor,
            Consumer<TargetSummary> saved) {
        this.fleet = fleet;
        this.existing = existing;
        this.actor = actor;
        this.saved = saved;
        setHeaderTitle(existing.map(t -> "Change " + t.name()).orElse("Register a target"));
        setWidth("52em");
        ids();
        installed.installed().forEach(p -> platforms.put(p.kind(), p));
        kind.setLabel("Kind");
        kind.setItems(existing.map(t -> java.util.List.of(t.kind())).orElse(java.util.List.copyOf(platforms.keySet())));
        kind.setItemLabelGenerator(
                k -> Optional.ofNullable(platforms.get(k)).map(Platform::label).orElse(k.name()));
        FormLayout common = new FormLayout(name, kind, site, region, labels);
        add(common, help);
        platforms.values().forEach(p -> forms.put(p.kind(), new AccessFormView(installed, p, existing.isPresent())));
        add(access, verdict);
        kind.addValueChangeListener(e -> showKind(e.getValue()));
        existing.ifPresent(this::prefill);
        existing.map(TargetSummary::kind)
                .or(() -> platforms.keySet().stream().findFirst())
                .ifPresent(kind::setValue);
        kind.setReadOnly(existing.isPresent());
        Button test = new Button("Test connection", e -> test());
        test.setId("target-test");
        Button save = new Button(existing.isPresent() ? "Save" : "Register", e -> save());
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), test, save);
    }

    private void ids() {
        name.setId("target-name");
        kind.setId("target-kind");
        site.setId("target-site");
        region.setId("target-region");
        labels.setId("target-labels");
        help.setId("target-access-help");
        verdict.setId("target-verdict");
    }

    private void prefill(TargetSummary target) {
        name.setValue(target.name());
        site.setValue(target.site());
        region.setValue(target.region());
        labels.setValue(String.join(
                ", ",
                target.labels().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList()));
        // the last test's outcome is in the fleet list with its age; here only what is known for sure
        verdict.setText("Reached at " + target.endpoint() + ". Test connection to check it now.");
    }

    private void showKind(TargetKind value) {
        // only the chosen kind's form is on the page (element ids are unique); the others keep what was typed
        access.removeAll();
        if (existing.isEmpty()) {
            // a verdict on another kind's answers says nothing about this one
            verdict.setText("");
        }
        Optional.ofNullable(forms.get(value)).ifPresent(access::add);
        help.setText(Optional.ofNullable(platforms.get(value))
                .map(p -> p.form().help())
                .orElse("No platform of this kind is installed in this console: its access details cannot be"
                        + " changed here."));
    }

    private Optional<AccessFormView> form() {
        return Optional.ofNullable(kind.getValue()).map(forms::get);
    }

    private TargetRequest request() {
        Map<String, String> parsed;
        try {
            parsed = Labels.fromText(labels.getValue());
        } catch (IllegalArgumentException e) {
            throw new ChainlineException("FLEET-LABELS", ChainlineException.Category.INVALID, e.getMessage(), e);
        }
        return TargetRequest.of(
                name.getValue(),
                kind.getValue(),
                site.getValue(),
                region.getValue(),
                parsed,
                form().map(AccessFormView::answers).orElse(Map.of()));
    }

    private void test() {
        clearRefusal();
        try {
            ConnectionCheck check = existing.isPresent()
                            && !form().map(AccessFormView::anySecretGiven).orElse(false)
                    ? fleet.test(existing.get().id(), actor)
                    : fleet.testAccess(request());
            verdict.setText(
                    (check.ok() ? "✓ " : "✗ " + check.failure().orElseThrow().title() + ": ") + check.message());
        } catch (ChainlineException e) {
            refused(e);
        }
    }

    private void save() {
        clearRefusal();
        try {
            TargetSummary result = existing.isPresent()
                    ? fleet.update(existing.get().id(), existing.get().version(), request(), actor)
                    : fleet.registerAndConnect(request(), actor);
            close();
            saved.accept(result);
        } catch (ChainlineException e) {
            refused(e);
        }
    }

    /**
     * A refusal stays in the dialog with everything typed, on the field it names when it names one (a platform's
     * {@link AccessException} does), and under the form in any case, so it never leaves with a toast.
     */
    private void refused(ChainlineException e) {
        verdict.setText("✗ " + e.getMessage());
        if (e.code().equals("FLEET-NAME") || e.code().equals("FLEET-NAME-TAKEN")) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
        if (e.code().equals("FLEET-LABELS")) {
            labels.setErrorMessage(e.getMessage());
            labels.setInvalid(true);
        }
        if (e.getCause() instanceof AccessException access) {
            form().ifPresent(f -> f.refused(access.field(), e.getMessage()));
        }
    }

    private void clearRefusal() {
        name.setInvalid(false);
        labels.setInvalid(false);
        form().ifPresent(AccessFormView::clearRefusals);
    }
}
