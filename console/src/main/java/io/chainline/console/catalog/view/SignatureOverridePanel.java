package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
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
        Confirm.destructive(
                "Import " + fileName + " despite its signature?",
                CONSEQUENCE,
                summary(failures, given),
                "Import anyway",
                () -> run.accept(given));
    }

    static final String CONSEQUENCE =
            "The package is imported (a VNFD as a draft, a PNFD into the PNF catalog) although"
                    + " its signature does not verify; the override, your reason and the package's SHA-256 are recorded in the"
                    + " audit log and on the imported descriptor.";

    /** The failing finding in one line (its full text one click away) and the reason as the audit log will read it. */
    static Div summary(List<Issue> failures, String reason) {
        Issue first = failures.getFirst();
        Paragraph failing = new Paragraph("Fails: " + first.code().code() + " — " + firstSentence(first.message())
                + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : ""));
        failing.setId("confirm-override-failure");
        Details full = new Details(
                "Full finding",
                new Paragraph(failures.stream().map(Issue::describe).collect(Collectors.joining(" "))));
        full.setId("confirm-override-details");
        Paragraph why = new Paragraph("Your reason: " + reason);
        why.setId("confirm-override-reason");
        return new Div(failing, full, why);
    }

    private static String firstSentence(String message) {
        int end = message.indexOf(". ");
        String line = end < 0 ? message : message.substring(0, end + 1);
        return line.length() <= 140 ? line : line.substring(0, 139) + "…";
    }
}
