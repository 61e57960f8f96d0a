package io.chainline.console.catalog.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.service.ImportRecords;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.PnfSummary;
import io.chainline.tosca.issue.Issue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's PNF descriptors: list, read, export (SOL001 4.4.1 YAML or SOL004 CSAR), delete. */
@RestController
@Tag(name = "catalog", description = "VNF descriptors: drafts, versions, publishing, SOL001/SOL004 exchange")
class PnfCatalogController {

    private final PnfCatalog pnfs;
    private final ImportRecords imports;

    PnfCatalogController(PnfCatalog pnfs, ImportRecords imports) {
        this.pnfs = pnfs;
        this.imports = imports;
    }

    @GetMapping("/api/v1/catalog/pnfs")
    @Operation(summary = "Every PNFD of the catalog: identity and external connection points")
    List<PnfSummary> list() {
        return pnfs.all();
    }

    @GetMapping("/api/v1/catalog/pnfs/{id}")
    @Operation(summary = "One PNFD: its summary and the engine's model")
    PnfCatalog.PnfVersion get(@PathVariable UUID id) {
        return pnfs.get(id);
    }

    @GetMapping("/api/v1/catalog/pnfs/{id}/import-report")
    @Operation(summary = "What the import of this PNFD said: file, SHA-256, profile, who/when, findings")
    ImportReportResponse importReport(@PathVariable UUID id) {
        UUID known = pnfs.get(id).summary().id();
        return ImportReportResponse.of(imports.ofPnf(known), "PNFD", id);
    }

    @GetMapping(value = "/api/v1/catalog/pnfs/{id}/sol001", produces = "application/yaml")
    @Operation(summary = "The PNFD as SOL001 4.4.1 YAML")
    ResponseEntity<String> yaml(@PathVariable UUID id) {
        var export = pnfs.exportYaml(id);
        var written = export.written()
                .orElseThrow(() -> new ChainlineException(
                        "EXPORT-UNSUPPORTED",
                        ChainlineException.Category.INVALID,
                        export.report().issues().stream()
                                .map(Issue::message)
                                .findFirst()
                                .orElse("The export failed.")));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(written.entry()))
                .contentType(MediaType.parseMediaType("application/yaml"))
                .body(written.files().get(written.entry()));
    }

    @GetMapping(value = "/api/v1/catalog/pnfs/{id}/package", produces = "application/zip")
    @Operation(summary = "The PNFD as a SOL004 CSAR")
    ResponseEntity<byte[]> csar(@PathVariable UUID id) {
        var summary = pnfs.get(id).summary();
        byte[] csar = pnfs.exportCsar(id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment(CatalogExchangeController.fileName(summary.name(), summary.descriptorVersion())))
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(csar);
    }

    @DeleteMapping("/api/v1/catalog/pnfs/{id}")
    @Operation(summary = "Delete a PNFD no service chain uses; 'version' is the one read (optimistic lock)")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam long version, Principal who) {
        pnfs.delete(id, version, who.getName());
        return ResponseEntity.noContent().build();
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
