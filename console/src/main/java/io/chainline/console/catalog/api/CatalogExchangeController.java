package io.chainline.console.catalog.api;

import io.chainline.console.base.api.Problems;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.catalog.service.ImportRequest;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Sol001Edition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** SOL001 YAML and SOL004 packages in and out of the catalog. */
@RestController
@Tag(name = "catalog", description = "VNF descriptors: drafts, versions, publishing, SOL001/SOL004 exchange")
class CatalogExchangeController {

    /** An import's issues, as the engine reports them (file inside the package, line, column, YAML path). */
    record IssueView(String code, String severity, String file, int line, int column, String path, String message) {
        static IssueView of(Issue i) {
            return new IssueView(
                    i.code().code(), i.severity().name(), i.file(), i.line(), i.column(), i.path(), i.message());
        }
    }

    private final CatalogExchange exchange;
    private final CatalogService catalog;

    CatalogExchangeController(CatalogExchange exchange, CatalogService catalog) {
        this.exchange = exchange;
        this.catalog = catalog;
    }

    @PostMapping(value = "/api/v1/catalog/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a SOL001 YAML or SOL004 CSAR: a VNFD as a draft, a PNFD into the PNF list; a rejected"
                    + " file stores nothing (422)",
            description = "profile: interop or strict (default: the console's chainline.tosca.profile)."
                    + " override-signature=true with a reason (ADMIN only, 403 otherwise): a package rejected for its"
                    + " signature alone is imported with the failure as a warning, recorded in the audit log.")
    ResponseEntity<?> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "productName", required = false) Optional<String> productName,
            @RequestParam(name = "profile", required = false) Optional<String> profile,
            @RequestParam(name = "override-signature", defaultValue = "false") boolean overrideSignature,
            @RequestParam(name = "reason", required = false) Optional<String> reason,
            Principal who,
            HttpServletRequest http)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        ImportRequest request = new ImportRequest(
                name,
                file.getBytes(),
                productName,
                profile.map(CatalogExchangeController::profile),
                overrideSignature ? Optional.of(reason.orElse("")) : Optional.empty());
        ImportOutcome outcome = exchange.importFile(request, who.getName(), http.isUserInRole("ADMIN"));
        List<IssueView> issues = outcome.issues().stream().map(IssueView::of).toList();
        if (!outcome.accepted()) {
            return rejected(name, outcome, issues);
        }
        if (outcome.storedPnf().isPresent()) {
            var pnf = outcome.storedPnf().get();
            return ResponseEntity.created(URI.create("/api/v1/catalog/pnfs/" + pnf.id()))
                    .body(Map.of("storedPnf", pnf, "issues", issues));
        }
        var stored = outcome.stored().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/catalog/vnfs/" + stored.id()))
                .body(Map.of(
                        "stored",
                        stored,
                        "profile",
                        outcome.profile().key(),
                        "issues",
                        issues,
                        "signatureOverridden",
                        outcome.overridden().stream().map(IssueView::of).toList()));
    }

    private static ResponseEntity<ProblemDetail> rejected(String name, ImportOutcome outcome, List<IssueView> issues) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "CATALOG-IMPORT-REJECTED",
                name + " was rejected with "
                        + issues.stream()
                                .filter(i -> i.severity().equals("ERROR"))
                                .count()
                        + " error(s) by the " + outcome.profile().key() + " profile; nothing was stored."
                        + (outcome.rejectedForSignatureOnly()
                                ? " Only its signature failed: an ADMIN may import it with override-signature=true"
                                        + " and a reason."
                                : ""));
        problem.setProperty("profile", outcome.profile().key());
        problem.setProperty("issues", issues);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    static Profile profile(String value) {
        return Profile.parse(value)
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-PROFILE-UNKNOWN",
                        ChainlineException.Category.MALFORMED,
                        "profile " + value + " is not one Chainline judges by; use interop or strict."));
    }

    @GetMapping(value = "/api/v1/catalog/vnfs/{id}/sol001", produces = "application/yaml")
    @Operation(summary = "The version as SOL001 YAML (edition 4.4.1 or 2.6.1); one file, so one flavour")
    ResponseEntity<String> yaml(@PathVariable UUID id, @RequestParam(defaultValue = "4.4.1") String edition) {
        ExportResult export = exchange.exportYaml(id, edition(edition));
        var written = export.written().orElseThrow(() -> refused(export));
        if (written.files().size() > 1) {
            throw new ChainlineException(
                    "CATALOG-EXPORT-MULTI-FILE",
                    ChainlineException.Category.CONFLICT,
                    "This VNF has several flavours, written as "
                            + written.files().size() + " files; download the package (/package) instead.");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(written.entry()))
                .contentType(MediaType.parseMediaType("application/yaml"))
                .body(written.files().get(written.entry()));
    }

    @GetMapping(value = "/api/v1/catalog/vnfs/{id}/package", produces = "application/zip")
    @Operation(summary = "The version as a SOL004 CSAR")
    ResponseEntity<byte[]> csar(@PathVariable UUID id, @RequestParam(defaultValue = "4.4.1") String edition) {
        var summary = catalog.get(id).summary();
        byte[] csar = exchange.exportCsar(id, edition(edition));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment(fileName(summary.productName(), summary.descriptorVersion())))
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(csar);
    }

    static String fileName(String product, String version) {
        return (product + "-" + version).replaceAll("[^A-Za-z0-9._-]", "_") + ".csar";
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static ChainlineException refused(ExportResult export) {
        return new ChainlineException(
                "EXPORT-UNSUPPORTED",
                ChainlineException.Category.INVALID,
                export.report().issues().stream()
                        .map(Issue::message)
                        .findFirst()
                        .orElse("The export failed."));
    }

    static Sol001Edition edition(String value) {
        return Sol001Edition.of(value)
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-EDITION-UNKNOWN",
                        ChainlineException.Category.INVALID,
                        "SOL001 edition " + value + " is not one Chainline writes; use 4.4.1 or 2.6.1."));
    }
}
