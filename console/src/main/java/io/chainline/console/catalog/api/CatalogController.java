package io.chainline.console.catalog.api;

import io.chainline.console.base.api.ETags;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DescriptorDiff;
import io.chainline.console.catalog.service.DesignCheck;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.ImportRecords;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.catalog.service.VnfVersion;
import io.chainline.tosca.model.VnfDescriptor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The VNF catalog for automation. Descriptors travel as the model's JSON (what GET returns is what PUT takes).
 * Changes name the version they start from in {@code If-Match} (the ETag of the GET), so concurrent edits conflict
 * (409 CATALOG-CONFLICT) instead of overwriting each other.
 */
@RestController
@RequestMapping("/api/v1/catalog/vnfs")
@Tag(name = "catalog", description = "VNF descriptors: drafts, versions, publishing, SOL001/SOL004 exchange")
class CatalogController extends DesignController<VnfDescriptor, VnfSummary> {

    record NewVersion(String descriptorVersion) {}

    record CloneRequest(String productName) {}

    private final CatalogService catalog;
    private final CatalogExchange exchange;
    private final DescriptorDiff diff;
    private final DesignCheck check;
    private final ModelJson json;
    private final ImportRecords imports;

    CatalogController(
            CatalogService catalog,
            CatalogExchange exchange,
            DescriptorDiff diff,
            DesignCheck check,
            ModelJson json,
            ImportRecords imports) {
        this.imports = imports;
        this.catalog = catalog;
        this.exchange = exchange;
        this.diff = diff;
        this.check = check;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Search the catalog (text over product, provider, descriptor id and version)")
    ResponseEntity<List<VnfSummary>> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam Optional<DescriptorState> state,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        CatalogQuery query = new CatalogQuery(q, state);
        List<VnfSummary> page =
                catalog.search(query, offset, Math.min(Math.max(limit, 1), 500), Sort.by("productName"));
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(catalog.count(query)))
                .body(page);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One version: its summary and its descriptor")
    ResponseEntity<String> get(@PathVariable UUID id) {
        VnfVersion version = catalog.get(id);
        return ResponseEntity.ok().eTag(ETags.of(version.summary().version())).body(json.document(version));
    }

    @GetMapping("/{id}/issues")
    @Operation(summary = "Everything wrong with the version, with the TOSCA engine's codes")
    List<DesignIssue> issues(@PathVariable UUID id) {
        return check.check(catalog.get(id).descriptor());
    }

    @GetMapping("/{id}/import-report")
    @Operation(summary = "What the import of this version said: file, SHA-256, profile, who/when, findings")
    ImportReportResponse importReport(@PathVariable UUID id) {
        UUID known = catalog.get(id).summary().id();
        return ImportReportResponse.of(imports.ofVnf(known), "VNFD version", id);
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "A new draft version of the same product")
    ResponseEntity<VnfSummary> newVersion(@PathVariable UUID id, @RequestBody NewVersion request, Principal who) {
        VnfSummary created =
                catalog.newVersion(id, required(request.descriptorVersion(), "descriptorVersion"), who.getName());
        return createdFrom(created);
    }

    @PostMapping("/{id}/clone")
    @Operation(summary = "A copy as a new product")
    ResponseEntity<VnfSummary> cloneAsProduct(@PathVariable UUID id, @RequestBody CloneRequest request, Principal who) {
        VnfSummary created = catalog.cloneAsProduct(id, required(request.productName(), "productName"), who.getName());
        return createdFrom(created);
    }

    @GetMapping("/{id}/diff/{other}")
    @Operation(summary = "What changed from this version to the other")
    List<DescriptorDiff.Change> diff(@PathVariable UUID id, @PathVariable UUID other) {
        return diff.between(id, other);
    }

    @Override
    protected String collection() {
        return "/api/v1/catalog/vnfs";
    }

    @Override
    protected VnfDescriptor read(String descriptor) {
        return json.readVnf(descriptor);
    }

    @Override
    protected UUID id(VnfSummary summary) {
        return summary.id();
    }

    @Override
    protected long version(VnfSummary summary) {
        return summary.version();
    }

    @Override
    protected VnfSummary createDraft(VnfDescriptor descriptor, String actor) {
        return catalog.createDraft(descriptor, actor);
    }

    @Override
    protected VnfSummary saveDraft(UUID id, long readVersion, VnfDescriptor descriptor, String actor) {
        return catalog.saveDraft(id, readVersion, descriptor, actor);
    }

    @Override
    protected VnfSummary publishVersion(UUID id, long readVersion, String actor) {
        return catalog.publish(id, readVersion, actor);
    }

    @Override
    protected VnfSummary deprecateVersion(UUID id, long readVersion, String actor) {
        return catalog.deprecate(id, readVersion, actor);
    }

    @Override
    protected void deleteVersion(UUID id, long readVersion, String actor) {
        catalog.delete(id, readVersion, actor);
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ChainlineException(
                    "CATALOG-FIELD-MISSING", ChainlineException.Category.INVALID, "Give " + field + ".");
        }
        return value.trim();
    }
}
