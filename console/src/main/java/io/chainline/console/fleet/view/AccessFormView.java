package io.chainline.console.fleet.view;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.connector.api.AccessForm;
import io.chainline.connector.api.Platform;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.fleet.service.FleetPlatforms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One platform's access form, drawn from its description: a password field for a secret, a text area for pasted text,
 * a choice filled from another answer. Secrets are never pre-filled: what is stored is sealed and never sent to the
 * browser; left empty on a change, it stays as it is. Element ids are {@code target-} and the field's key in kebab
 * case ({@code clientKey} is {@code target-client-key}).
 */
final class AccessFormView extends FormLayout {

    private final Platform platform;
    private final Map<String, HasValue<?, String>> answers = new LinkedHashMap<>();

    AccessFormView(FleetPlatforms fleet, Platform platform, boolean changing) {
        this.platform = platform;
        for (AccessForm.Field field : platform.form().fields()) {
            HasValue<?, String> input = input(field, changing);
            // on a change a blank answer keeps the stored value, so nothing is required there
            input.setRequiredIndicatorVisible(field.required() && !changing);
            answers.put(field.key(), input);
            com.vaadin.flow.component.Component component = (com.vaadin.flow.component.Component) input;
            component.setId("target-" + kebab(field.key()));
            add(component, field.multiline() ? 2 : 1);
        }
        platform.form().fields().stream()
                .filter(f -> f.choicesFrom().isPresent())
                .forEach(f -> offerChoices(fleet, f));
    }

    /** The answers given, keyed as the platform's form keys them. */
    Map<String, String> answers() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((key, input) ->
                Optional.ofNullable(input.getValue()).filter(v -> !v.isBlank()).ifPresent(v -> given.put(key, v)));
        return given;
    }

    /** Marks the field a refusal names, when this form has it. */
    void refused(String key, String message) {
        Optional.ofNullable(key).map(answers::get).ifPresent(input -> invalid(input, message));
    }

    void clearRefusals() {
        answers.values().forEach(input -> invalid(input, null));
    }

    /** Whether a secret was typed: without one, a change is tested with what is stored. */
    boolean anySecretGiven() {
        return platform.form().fields().stream()
                .filter(AccessForm.Field::secret)
                .anyMatch(f -> answers().containsKey(f.key()));
    }

    private static HasValue<?, String> input(AccessForm.Field field, boolean changing) {
        String unchanged = "stored sealed; leave empty to keep it";
        if (field.choicesFrom().isPresent()) {
            Select<String> select = new Select<>();
            select.setLabel(field.label());
            select.setEmptySelectionAllowed(true);
            select.setHelperText(field.help());
            return select;
        }
        if (field.multiline()) {
            TextArea area = new TextArea(field.label());
            area.setMaxHeight("12em");
            area.setHelperText(field.help());
            if (field.secret() && changing) {
                area.setPlaceholder(unchanged);
            }
            return area;
        }
        if (field.secret()) {
            PasswordField secret = new PasswordField(field.label());
            secret.setHelperText(field.help());
            if (changing) {
                secret.setPlaceholder(unchanged);
            }
            return secret;
        }
        TextField text = new TextField(field.label());
        text.setHelperText(field.help());
        return text;
    }

    /** Offers the choices another answer yields (a kubeconfig's contexts), first chosen; says what is wrong with it. */
    private void offerChoices(FleetPlatforms fleet, AccessForm.Field field) {
        @SuppressWarnings("unchecked")
        Select<String> select = (Select<String>) answers.get(field.key());
        HasValue<?, String> source = answers.get(field.choicesFrom().orElseThrow());
        source.addValueChangeListener(e -> refresh(fleet, field, select, source));
    }

    private void refresh(
            FleetPlatforms fleet, AccessForm.Field field, Select<String> select, HasValue<?, String> source) {
        if (source.getValue() == null || source.getValue().isBlank()) {
            invalid(source, null);
            return;
        }
        try {
            List<String> choices = fleet.choices(platform.kind(), field.key(), answers());
            select.setItems(choices);
            if (!choices.isEmpty()) {
                select.setValue(choices.getFirst());
            }
            invalid(source, null);
        } catch (ChainlineException e) {
            invalid(source, e.getMessage());
        }
    }

    private static void invalid(HasValue<?, String> input, String message) {
        if (input instanceof com.vaadin.flow.component.HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(message != null);
        }
    }

    static String kebab(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
