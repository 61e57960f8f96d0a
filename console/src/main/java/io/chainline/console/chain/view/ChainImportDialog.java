package io.chainline.console.chain.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports an NSD (SOL001 YAML, CSAR, Tacker VNFFGD) as a draft chain, judged by the profile shown (the console's
 * default, or the other for one import). Rejections, refusals (not an NSD, a version the chains have) and, after an
 * import, its warnings are findings in the dialog with code, severity, file:line and YAML path; never a toast.
 */
final class ChainImportDialog extends Dialog {

    private record Uploaded(String name, byte[] bytes) {}

    /** One row: a stable code, its severity, where (file:line), the YAML path and the message. */
    record Finding(String code, String severity, String where, String path, String message) {

        static Finding of(Issue issue) {
            return new Finding(
                    issue.code().code(),
                    switch (issue.severity()) {
                        case ERROR -> "Error";
                        case WARNING -> "Warning";
                        case INFO -> "Note";
                    },
                    issue.file() + (issue.line() > 0 ? ":" + issue.line() : ""),
                    issue.path(),
                    issue.message());
        }
    }

    private final AtomicReference<Uploaded> uploaded = new AtomicReference<>();
    private final Paragraph verdict = new Paragraph();
    private final Grid<Finding> findings = new Grid<>(Finding.class, false);
    private final RadioButtonGroup<Profile> profile = new RadioButtonGroup<>("Profile");
    private final Button run = new Button("Import");
    private final Button open = new Button("Show the chain");
    private final ChainExchange exchange;
    private final CurrentUser user;
    private final Consumer<UUID> imported;

    ChainImportDialog(ChainExchange exchange, CurrentUser user, Consumer<UUID> imported) {
        this.exchange = exchange;
        this.user = user;
        this.imported = imported;
        setHeaderTitle("Import a network service descriptor");
        setWidth("min(56em, 95vw)");
        Upload upload =
                new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.set(new Uploaded(meta.fileName(), bytes))));
        upload.setId("chains-upload");
        upload.setMaxFiles(1);
        upload.addFileRemovedListener(e -> uploaded.set(null));
        configureProfile(exchange.importProfile());
        configureFindings();
        verdict.setId("chains-import-verdict");
        run.setId("chains-import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> importUploaded());
        open.setId("chains-import-open");
        open.setVisible(false);
        add(upload, profile, verdict, findings);
        getFooter().add(new Button("Close", e -> close()), run, open);
    }

    private void configureProfile(Profile byDefault) {
        profile.setId("chains-import-profile");
        profile.setItems(Profile.INTEROP, Profile.STRICT);
        profile.setItemLabelGenerator(p -> label(p) + (p == byDefault ? " (the console's default)" : ""));
        profile.setValue(byDefault);
        profile.setHelperText("Interop: deviations the reference VNFMs accept are warnings. Strict: ETSI conformance."
                + " A choice here applies to this import only.");
    }

    static String label(Profile profile) {
        return switch (profile) {
            case INTEROP -> "Interop";
            case STRICT -> "Strict";
        };
    }

    private void importUploaded() {
        Uploaded file = uploaded.get();
        if (file == null) {
            verdict.setText("Choose a YAML or CSAR file first.");
            return;
        }
        Profile chosen = profile.getValue() == null ? exchange.importProfile() : profile.getValue();
        try {
            shown(
                    file.name(),
                    exchange.importFile(
                            file.name(), file.bytes(), user.username().orElseThrow(), chosen));
        } catch (ChainlineException refusal) {
            show(
                    file.name() + " was not imported; nothing was stored. Do what the finding says and import again.",
                    List.of(new Finding(refusal.code(), "Error", file.name(), "", refusal.getMessage())));
        }
    }

    private void shown(String fileName, ChainExchange.Outcome outcome) {
        String by = " by the " + label(outcome.profile()).toLowerCase(java.util.Locale.ROOT) + " profile";
        if (outcome.stored().isEmpty()) {
            show(
                    fileName + " was rejected" + by + "; nothing was stored. Fix these and import again:",
                    outcome.issues().stream().map(Finding::of).toList());
            return;
        }
        UUID id = outcome.stored().get().id();
        if (outcome.warnings().isEmpty()) {
            close();
            imported.accept(id);
            return;
        }
        int count = outcome.warnings().size();
        show(
                "Imported with " + count + (count == 1 ? " warning" : " warnings") + ": " + fileName
                        + " is now a draft chain (" + label(outcome.profile()).toLowerCase(java.util.Locale.ROOT)
                        + " profile). They say how it deviates.",
                outcome.warnings().stream().map(Finding::of).toList());
        run.setEnabled(false);
        run.setTooltipText("Imported; show the chain, or close and import another file.");
        open.addClickListener(e -> {
            close();
            imported.accept(id);
        });
        open.setVisible(true);
    }

    private void configureFindings() {
        findings.setId("chains-import-issues");
        findings.addColumn(Finding::code).setHeader("Code").setAutoWidth(true);
        findings.addColumn(Finding::severity).setHeader("Severity").setAutoWidth(true);
        findings.addColumn(Finding::where).setHeader("File:line").setAutoWidth(true);
        findings.addColumn(Finding::path).setHeader("YAML path").setAutoWidth(true);
        findings.addColumn(Finding::message).setHeader("What to do").setFlexGrow(1);
        findings.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        findings.setAllRowsVisible(true);
        findings.setVisible(false);
    }

    private void show(String text, List<Finding> rows) {
        verdict.setText(text);
        findings.setItems(rows);
        findings.setVisible(true);
    }
}
