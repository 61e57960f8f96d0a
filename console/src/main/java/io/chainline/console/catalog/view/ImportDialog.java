package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.issue.Issue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports a SOL001 YAML or a SOL004 CSAR as a draft. Whatever stops an import (the engine's issues with file, line and
 * YAML path, or the catalog's refusal, such as a product version it has already) is a finding in the dialog, never a
 * toast: the chosen file and product name stay, so the user fixes what the finding says and imports again.
 */
final class ImportDialog extends Dialog {

    private record Uploaded(String name, byte[] bytes) {}

    /** One row of the findings list: a stable code, where (file:line), the YAML path, and what to do. */
    record Finding(String code, String where, String path, String whatToDo) {

        static Finding of(Issue issue) {
            return new Finding(
                    issue.code().code(),
                    issue.file() + (issue.line() > 0 ? ":" + issue.line() : ""),
                    issue.path(),
                    issue.message());
        }
    }

    /** What the dialog says when an import stored nothing: a verdict line and its findings. */
    record Rejection(String verdict, List<Finding> findings) {

        static Rejection rejected(String fileName, ImportOutcome outcome) {
            return new Rejection(
                    fileName + " was rejected; nothing was stored. Fix these and import again:",
                    outcome.issues().stream().map(Finding::of).toList());
        }

        /** The catalog refused an otherwise valid file; the advice depends on what it refused. */
        static Rejection refused(String fileName, String productName, ChainlineException refusal) {
            String whatToDo = refusal.getMessage();
            if (refusal.code().equals("CATALOG-VERSION-EXISTS")) {
                whatToDo += productName.isBlank()
                        ? " Import it as a new version (raise descriptor_version in the file, or open the catalog's"
                                + " version and use New version), or rename it: type a new product name under"
                                + " 'Import as product' and import again."
                        : " '" + productName.strip() + "' has that version too: type another product name, or"
                                + " raise descriptor_version in the file.";
            }
            return new Rejection(
                    fileName + " was not imported; nothing was stored. The file stays chosen: do what the finding"
                            + " says and import again.",
                    List.of(new Finding(refusal.code(), fileName, "", whatToDo)));
        }
    }

    private final AtomicReference<Uploaded> uploaded = new AtomicReference<>();
    private final Paragraph verdict = new Paragraph();
    private final Grid<Finding> findings = new Grid<>(Finding.class, false);

    ImportDialog(CatalogExchange exchange, CurrentUser user, Consumer<UUID> opened) {
        setHeaderTitle("Import a VNF or PNF descriptor or package");
        setWidth("min(56em, 95vw)");
        Upload upload =
                new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.set(new Uploaded(meta.fileName(), bytes))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CatalogExchange.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".csar", ".zip");
        upload.addFileRemovedListener(e -> uploaded.set(null));
        TextField productName = new TextField("Import as product (optional)");
        productName.setId("import-product-name");
        productName.setHelperText("A new product name, e.g. to import a package of a product the catalog has");
        productName.setWidthFull();
        configureFindings();
        verdict.setId("import-verdict");
        Button run = new Button("Import", e -> importUploaded(exchange, user, opened, productName.getValue()));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(upload, productName, verdict, findings);
        getFooter().add(new Button("Cancel", e -> close()), run);
    }

    /** A stored descriptor opens in the designer; a rejected or refused one is shown here, the dialog kept. */
    private void importUploaded(CatalogExchange exchange, CurrentUser user, Consumer<UUID> opened, String product) {
        Uploaded file = uploaded.get();
        if (file == null) {
            verdict.setText("Choose a YAML or CSAR file first.");
            return;
        }
        try {
            ImportOutcome outcome = exchange.importAny(
                    file.name(),
                    file.bytes(),
                    Optional.of(product),
                    user.username().orElseThrow());
            if (outcome.storedPnf().isPresent()) {
                close();
                PnfList.open(outcome.storedPnf().get().id());
                return;
            }
            if (outcome.stored().isPresent()) {
                close();
                opened.accept(outcome.stored().get().id());
                return;
            }
            show(Rejection.rejected(file.name(), outcome));
        } catch (ChainlineException refusal) {
            show(Rejection.refused(file.name(), product, refusal));
        }
    }

    private void configureFindings() {
        findings.setId("import-issues");
        findings.addColumn(Finding::code).setHeader("Code").setAutoWidth(true);
        findings.addColumn(Finding::where).setHeader("File:line").setAutoWidth(true);
        findings.addColumn(Finding::path).setHeader("YAML path").setAutoWidth(true);
        findings.addColumn(Finding::whatToDo).setHeader("What to do").setFlexGrow(1);
        findings.addThemeVariants(GridVariant.WRAP_CELL_CONTENT); // what to do is a sentence: read it whole
        findings.setAllRowsVisible(true);
        findings.setVisible(false);
    }

    private void show(Rejection rejection) {
        verdict.setText(rejection.verdict());
        findings.setItems(rejection.findings());
        findings.setVisible(true);
    }
}
