package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.issue.Issue;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports a SOL001 YAML or a SOL004 CSAR as a draft. A rejected file stores nothing and lists every issue with its
 * file, line and YAML path.
 */
final class ImportDialog extends Dialog {

    private record Uploaded(String name, byte[] bytes) {}

    private final AtomicReference<Uploaded> uploaded = new AtomicReference<>();

    ImportDialog(CatalogExchange exchange, CurrentUser user, Consumer<UUID> opened) {
        setHeaderTitle("Import a VNF descriptor or package");
        setWidth("56em");
        Upload upload =
                new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.set(new Uploaded(meta.fileName(), bytes))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CatalogExchange.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".csar", ".zip");
        TextField productName = new TextField("Import as product (optional)");
        productName.setId("import-product-name");
        productName.setHelperText("A new product name, e.g. to import a package of a product the catalog has");
        productName.setWidthFull();
        Grid<Issue> issues = new Grid<>(Issue.class, false);
        issues.setId("import-issues");
        issues.addColumn(i -> i.code().code()).setHeader("Code").setAutoWidth(true);
        issues.addColumn(i -> i.file() + (i.line() > 0 ? ":" + i.line() : ""))
                .setHeader("File:line")
                .setAutoWidth(true);
        issues.addColumn(Issue::path).setHeader("YAML path").setAutoWidth(true);
        issues.addColumn(Issue::message).setHeader("What to do").setFlexGrow(1);
        issues.setAllRowsVisible(true);
        issues.setVisible(false);
        Paragraph verdict = new Paragraph();
        verdict.setId("import-verdict");
        Button run = new Button("Import", e -> {
            Uploaded file = uploaded.get();
            if (file == null) {
                verdict.setText("Choose a YAML or CSAR file first.");
                return;
            }
            ImportOutcome outcome = exchange.importFile(
                    file.name(),
                    file.bytes(),
                    Optional.of(productName.getValue()),
                    user.username().orElseThrow());
            if (outcome.stored().isPresent()) {
                close();
                opened.accept(outcome.stored().get().id());
                return;
            }
            verdict.setText(file.name() + " was rejected; nothing was stored. Fix these and import again:");
            issues.setItems(outcome.issues());
            issues.setVisible(true);
        });
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(upload, productName, verdict, issues);
        getFooter().add(new Button("Cancel", e -> close()), run);
    }
}
