package io.chainline.console.base.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** A dialog that asks for one value (a new version, a new name) with a suggestion, then acts on it. */
public final class AskDialog {

    private AskDialog() {}

    /**
     * @param ids the prefix of the field's and button's ids ({@code chain} gives {@code chain-ask-value} and
     *     {@code chain-ask-ok})
     */
    public static void ask(String ids, String title, String label, String initial, Consumer<String> then) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField field = new TextField(label);
        field.setId(ids + "-ask-value");
        field.setValue(initial);
        field.setWidthFull();
        Button ok = new Button("Create", e -> {
            then.accept(field.getValue().trim());
            dialog.close();
        });
        ok.setId(ids + "-ask-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    /** The version after this one: the last number counts up (1.0.9 → 1.0.10), anything else gets ".1". */
    public static String nextVersion(String version) {
        String[] parts = version.split("\\.");
        try {
            parts[parts.length - 1] = String.valueOf(Integer.parseInt(parts[parts.length - 1]) + 1);
            return String.join(".", parts);
        } catch (NumberFormatException e) {
            return version + ".1";
        }
    }
}
