package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.catalog.service.ImportRefusal;
import io.chainline.console.catalog.service.ImportRequest;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.issue.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports a SOL001 YAML or a SOL004 CSAR as a draft, judged by the profile shown (the console's default, or strict for
 * one import). Whatever stops an import (the engine's issues with file, line and YAML path, or the catalog's refusal,
 * such as a product version it has already) is a finding in the dialog, never a toast: the chosen file and product
 * name stay, so the user fixes what the finding says and imports again. An import stored with warnings shows them
 * here before the draft opens; one rejected for its signature alone offers an ADMIN the audited override.
 */
final class ImportDialog extends Dialog {

    private record Uploaded(String name, byte[] bytes) {}

    /** One row of the findings list: a stable code, its severity, where (file:line), the YAML path, and what to do. */
    record Finding(String code, String severity, String where, String path, String whatToDo) {

        static Finding of(Issue issue) {
            return new Finding(
                    issue.code().code(),
                    severity(issue.severity()),
                    issue.file() + (issue.line() > 0 ? ":" + issue.line() : ""),
                    issue.path(),
                    issue.message());
        }

        /** The list reads errors first, then by file and line, so the first row is the first thing to fix. */
        static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::severityRank)
                .thenComparing(Finding::file)
                .thenComparingInt(Finding::line);

        private int severityRank() {
            return switch (severity) {
                case "Error" -> 0;
                case "Warning" -> 1;
                default -> 2;
            };
        }

        private String file() {
            int colon = where.lastIndexOf(':');
            return colon > 0 && line() > 0 ? where.substring(0, colon) : where;
        }

        private int line() {
            int colon = where.lastIndexOf(':');
            String tail = colon < 0 ? "" : where.substring(colon + 1);
            return !tail.isEmpty() && tail.chars().allMatch(Character::isDigit) && tail.length() < 9
                    ? Integer.parseInt(tail)
                    : 0;
        }

        static String severity(Severity severity) {
            return switch (severity) {
                case ERROR -> "Error";
                case WARNING -> "Warning";
                case INFO -> "Note";
            };
        }
    }

    /** What the dialog says when an import stored nothing: a verdict line and its findings. */
    record Rejection(String verdict, List<Finding> findings) {

        static Rejection rejected(String fileName, ImportOutcome outcome) {
            return new Rejection(
                    fileName + " was rejected by the " + profileLabel(outcome.profile())
                            + " profile; nothing was stored. Fix these and import again:",
                    outcome.issues().stream().map(Finding::of).toList());
        }

        /** Stored, but not silently: every warning (INTEROP-* deviations and others) stays readable here. */
        static Rejection warned(String fileName, ImportOutcome outcome) {
            String what = outcome.storedPnf()
                    .map(pnf -> "the PNF " + pnf.name() + " " + pnf.descriptorVersion())
                    .orElseGet(
                            () -> "a draft of " + outcome.stored().orElseThrow().productName() + " "
                                    + outcome.stored().orElseThrow().descriptorVersion());
            int count = outcome.warnings().size();
            return new Rejection(
                    "Imported with " + count + (count == 1 ? " warning" : " warnings") + ": " + fileName + " is now "
                            + what + " (" + profileLabel(outcome.profile()) + " profile). They say how it deviates;"
                            + " its page keeps them."
                            + (outcome.overridden().isEmpty()
                                    ? ""
                                    : " Its signature failure was overridden and recorded in the audit log."),
                    outcome.warnings().stream().map(Finding::of).toList());
        }

        /** The catalog refused an otherwise valid file; the advice depends on what it refused. */
        static Rejection refused(String fileName, String productName, ChainlineException refusal) {
            String whatToDo = refusal.getMessage() + advice(refusal.code(), productName);
            Finding finding = refusal instanceof ImportRefusal located
                    ? new Finding(
                            refusal.code(),
                            "Error",
                            located.file() + (located.line() > 0 ? ":" + located.line() : ""),
                            located.path(),
                            whatToDo)
                    : new Finding(refusal.code(), "Error", fileName, "", whatToDo);
            return new Rejection(
                    fileName + " was not imported; nothing was stored. The file stays chosen: do what the finding"
                            + " says and import again.",
                    List.of(finding));
        }

        /** A collision is resolved the same way for VNFDs and PNFDs: another identity in the file, or a new product. */
        private static String advice(String code, String productName) {
            if (!ImportRefusal.COLLISIONS.contains(code)) {
                return "";
            }
            if (!productName.isBlank()) {
                return " '" + productName.strip() + "' has that version too: type another product name, or raise"
                        + " descriptor_version in the file.";
            }
            return code.equals("CATALOG-VERSION-EXISTS")
                    ? " Import it as a new version (raise descriptor_version in the file, or open the catalog's"
                            + " version and use New version), or rename it: type a new product name under"
                            + " 'Import as product' and import again."
                    : " Import it as a new product: type a name under 'Import as product' (it gets a descriptor id of"
                            + " its own), or give the file its own descriptor_id (a new version of a PNFD has its own"
                            + " descriptor_id and the same descriptor_invariant_id).";
        }
    }

    static String profileLabel(Profile profile) {
        return switch (profile) {
            case INTEROP -> "interop";
            case STRICT -> "strict";
        };
    }

    private final AtomicReference<Uploaded> uploaded = new AtomicReference<>();
    private final Paragraph verdict = new Paragraph();
    private final Grid<Finding> findings = new Grid<>(Finding.class, false);
    private final RadioButtonGroup<Profile> profile = new RadioButtonGroup<>("Profile");
    private final TextField productName = new TextField("Import as product (optional)");
    private final Button run = new Button("Import");
    private final Button open = new Button("Open in the designer");
    private final SignatureOverridePanel override;
    private final CatalogExchange exchange;
    private final CurrentUser user;
    private final Consumer<UUID> opened;
    private Registration openListener;

    ImportDialog(CatalogExchange exchange, CurrentUser user, Consumer<UUID> opened) {
        this.exchange = exchange;
        this.user = user;
        this.opened = opened;
        this.override = new SignatureOverridePanel(
                user.account().map(a -> a.role().includes(Role.ADMIN)).orElse(false),
                reason -> importUploaded(Optional.of(reason)));
        setHeaderTitle("Import a VNF or PNF descriptor or package");
        setWidth("min(84em, 95vw)");
        // the handler runs inside UI.access: choosing another file starts a new attempt, nothing of the last one stays
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            uploaded.set(new Uploaded(meta.fileName(), bytes));
            resetResult();
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CatalogExchange.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".csar", ".zip");
        upload.addFileRemovedListener(e -> {
            uploaded.set(null);
            resetResult();
        });
        productName.setId("import-product-name");
        productName.setHelperText("A new product name, e.g. to import a package of a product the catalog has");
        productName.setWidthFull();
        configureProfile(exchange.importProfile());
        configureFindings();
        verdict.setId("import-verdict");
        run.addClickListener(e -> importUploaded(Optional.empty()));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("import-open");
        open.setVisible(false);
        add(upload, profile, productName, verdict, findings, override);
        Button closeButton = new Button("Close", e -> close());
        closeButton.setId("import-close");
        getFooter().add(closeButton, run, open);
    }

    /** The console's default is preselected; choosing the other applies to this import only. */
    private void configureProfile(Profile byDefault) {
        profile.setId("import-profile");
        profile.setItems(Profile.INTEROP, Profile.STRICT);
        profile.setItemLabelGenerator(p -> switch (p) {
            case INTEROP -> "Interop: deviations the reference VNFMs accept are warnings";
            // legacy Tacker VNFDs are another input format, converted with a report in both profiles, not a deviation
            case STRICT ->
                "Strict: ETSI conformance, every deviation from SOL001 is an error (legacy Tacker VNFDs are"
                        + " still converted, with warnings)";
        });
        profile.setValue(byDefault);
        profile.setHelperText("The console's default is " + profileLabel(byDefault)
                + ", set by the administrator; a choice here applies to this import only.");
    }

    /**
     * A stored descriptor opens in the designer, unless it has warnings: then they are shown here first. A rejected or
     * refused one is shown here, the dialog kept with the file and the product name.
     */
    private void importUploaded(Optional<String> overrideReason) {
        Uploaded file = uploaded.get();
        if (file == null) {
            verdict.setText("Choose a YAML or CSAR file first.");
            return;
        }
        override.hide();
        try {
            ImportRequest request = new ImportRequest(
                    file.name(),
                    file.bytes(),
                    Optional.of(productName.getValue()),
                    Optional.ofNullable(profile.getValue()),
                    overrideReason);
            ImportOutcome outcome = exchange.importFile(
                    request,
                    user.username().orElseThrow(),
                    user.account().map(a -> a.role().includes(Role.ADMIN)).orElse(false));
            shown(request, outcome);
        } catch (ChainlineException refusal) {
            show(Rejection.refused(file.name(), productName.getValue(), refusal));
        }
    }

    private void shown(ImportRequest request, ImportOutcome outcome) {
        String fileName = request.fileName();
        Optional<Runnable> opener = outcome.storedPnf()
                .<Runnable>map(pnf -> () -> PnfList.open(pnf.id()))
                .or(() -> outcome.stored().map(vnf -> () -> opened.accept(vnf.id())));
        if (opener.isEmpty()) {
            show(Rejection.rejected(fileName, outcome));
            if (outcome.rejectedForSignatureOnly()) {
                offerOverride(request, outcome);
            }
            return;
        }
        if (outcome.warnings().isEmpty()) {
            close();
            opener.get().run();
            return;
        }
        show(Rejection.warned(fileName, outcome));
        // stored: importing the same file again would only collide with it
        run.setEnabled(false);
        run.setTooltipText("Imported; open it, or close and import another file.");
        if (outcome.storedPnf().isPresent()) {
            open.setText("Open the PNF");
        }
        openListener = open.addClickListener(e -> {
            close();
            opener.get().run();
        });
        open.setVisible(true);
    }

    /** Back to a dialog that has imported nothing yet (the profile and product name stay as chosen). */
    private void resetResult() {
        verdict.setText("");
        findings.setItems(List.of());
        findings.setVisible(false);
        override.hide();
        run.setEnabled(true);
        run.setTooltipText(null);
        open.setVisible(false);
        open.setText("Open in the designer");
        if (openListener != null) {
            openListener.remove();
            openListener = null;
        }
    }

    /** Offered only when the override would import the file; otherwise say what would still refuse it. */
    private void offerOverride(ImportRequest request, ImportOutcome outcome) {
        Optional<String> beyond = exchange.blockedBeyondSignature(request);
        if (beyond.isPresent()) {
            verdict.setText(verdict.getText() + " Overriding the signature would not help: " + beyond.get());
            return;
        }
        override.offer(
                request.fileName(),
                outcome.issues().stream().filter(Issue::isError).toList());
    }

    private void configureFindings() {
        findings.setId("import-issues");
        findings.addColumn(Finding::code).setHeader("Code").setAutoWidth(true);
        findings.addColumn(Finding::severity).setHeader("Severity").setAutoWidth(true);
        // fixed widths that wrap: auto widths let a long path squeeze "what to do" to a few characters per line
        findings.addColumn(Finding::where)
                .setHeader("File:line")
                .setWidth("12em")
                .setFlexGrow(1);
        findings.addColumn(Finding::path)
                .setHeader("YAML path")
                .setWidth("12em")
                .setFlexGrow(1);
        findings.addColumn(Finding::whatToDo)
                .setHeader("What to do")
                .setWidth("28em")
                .setFlexGrow(4);
        findings.addThemeVariants(GridVariant.WRAP_CELL_CONTENT); // what to do is a sentence: read it whole
        findings.setAllRowsVisible(true);
        findings.setVisible(false);
    }

    private void show(Rejection rejection) {
        verdict.setText(rejection.verdict());
        findings.setItems(rejection.findings().stream().sorted(Finding.ORDER).toList());
        findings.setVisible(true);
    }
}
