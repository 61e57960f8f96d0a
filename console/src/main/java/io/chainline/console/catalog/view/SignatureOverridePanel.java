package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.base.view.Confirm;
import io.chainline.tosca.issue.Issue;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Offered in the import dialog when a package was rejected for its signature alone: an ADMIN may import it anyway,
 * with a reason and after a confirmation that says what happens; anyone else reads why they cannot. Hidden otherwise.
 */
final class SignatureOverridePanel extends VerticalLayout {

    static final String NOT_ADMIN = "Only an ADMIN may import a package whose signature fails; ask one, or ask the"
            + " vendor for a package signed with a valid certificate.";

    private final Paragraph explanation = new Paragraph();
    private final TextField reason = new TextField("Reason for importing anyway (recorded)");
    private final Button override = new Button("Import despite the signature…");
    private final boolean admin;
    private String fileName = "";
    private List<Issue> failures = List.of();

    /** @param run imports again with the override and the reason the ADMIN gave */
    SignatureOverridePanel(boolean admin, Consumer<String> run) {
        this.admin = admin;
        setId("import-override-panel");
        setPadding(false);
        explanation.setId("import-override-why");
        reason.setId("import-override-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("E.g. the vendor's ticket saying the certificate expired; it goes into the audit log.");
        reason.setVisible(admin);
        override.setId("import-override");
        override.addThemeVariants(ButtonVariant.LUMO_ERROR);
        override.setEnabled(admin);
        if (!admin) {
            override.setTooltipText(NOT_ADMIN);
        }
        override.addClickListener(e -> confirm(run));
        add(explanation, reason, override);
        setVisible(false);
    }

    /** Shows the panel for a package rejected only for these signature failures. */
    void offer(String file, List<Issue> signatureFailures) {
        this.fileName = file;
        this.failures = List.copyOf(signatureFailures);
        String codes = failures.stream().map(i -> i.code().code()).distinct().collect(Collectors.joining(", "));
        explanation.setText("Only the package's signature failed (" + codes + "). "
                + (admin ? "As an ADMIN you may import it anyway: give a reason, then confirm." : NOT_ADMIN));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    private void confirm(Consumer<String> run) {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Say why the package is imported although its signature fails.");
            return;
        }
        reason.setInvalid(false);
        String given = reason.getValue().strip();
        Confirm.disruptive(
                "Import " + fileName + " although its signature fails?",
                "The package is stored as a draft as if its signature had verified; the failure ("
                        + failures.stream().map(Issue::message).collect(Collectors.joining(" "))
                        + ") stays on it as a warning. Your name, the package's SHA-256, the failure and your reason"
                        + " are recorded in the audit log. Any other error still rejects the package.",
                "Import anyway",
                () -> run.accept(given));
    }
}
