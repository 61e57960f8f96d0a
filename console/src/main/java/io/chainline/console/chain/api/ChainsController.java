package io.chainline.console.chain.api;

import io.chainline.console.base.api.ETags;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.catalog.api.DesignController;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.tosca.model.NsDescriptor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service chains (network service descriptors) for automation: the model's JSON in and out, ETag/If-Match, the
 * picture as SVG and the problems that keep a chain from publishing.
 */
@RestController
@RequestMapping("/api/v1/chains")
@Tag(name = "chains", description = "Network services and their forwarding graphs")
class ChainsController extends DesignController<NsDescriptor, ChainSummary> {

    /** A problem as the TOSCA engine words it. */
    record ProblemView(String code, String severity, String path, String message) {}

    private final ChainService chains;
    private final ChainPicture picture;
    private final ModelJson json;
    private final io.chainline.console.chain.service.ChainExchange exchange;
    private final io.chainline.console.catalog.service.DescriptorDiff diff;

    ChainsController(
            ChainService chains,
            ChainPicture picture,
            ModelJson json,
            io.chainline.console.chain.service.ChainExchange exchange,
            io.chainline.console.catalog.service.DescriptorDiff diff) {
        this.diff = diff;
        this.chains = chains;
        this.picture = picture;
        this.json = json;
        this.exchange = exchange;
    }

    @GetMapping(value = "/{id}/package", produces = "application/zip")
    @Operation(summary = "The chain as a SOL004 CSAR (SOL001 v4.4.1 NSD)")
    ResponseEntity<byte[]> csar(@PathVariable UUID id) {
        ChainSummary summary = chains.get(id).summary();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(
                                        (summary.name() + "-" + summary.nsVersion()).replaceAll("[^A-Za-z0-9._-]", "_")
                                                + ".csar")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(exchange.exportCsar(id));
    }

    @GetMapping
    List<ChainSummary> list() {
        return chains.list();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@PathVariable UUID id) {
        ChainService.ChainVersion version = chains.get(id);
        return ResponseEntity.ok()
                .eTag(ETags.of(version.summary().version()))
                .body(json.document(version.summary(), version.descriptor()));
    }

    @GetMapping("/{id}/problems")
    @Operation(summary = "What keeps the chain from publishing: chain rules, SOL001 validity, unpublished VNFs")
    List<ProblemView> problems(@PathVariable UUID id) {
        return chains.readiness(chains.get(id).descriptor()).findings().stream()
                .map(f -> new ProblemView(f.code(), f.error() ? "ERROR" : "WARNING", f.where(), f.message()))
                .toList();
    }

    record NewVersion(String version) {}

    @PostMapping("/{id}/versions")
    @Operation(summary = "A new draft version of the same service")
    ResponseEntity<ChainSummary> newVersion(@PathVariable UUID id, @RequestBody NewVersion request, Principal who) {
        if (request.version() == null || request.version().isBlank()) {
            throw new ChainlineException("CHAIN-FIELD-MISSING", ChainlineException.Category.INVALID, "Give version.");
        }
        ChainSummary created = chains.newVersion(id, request.version().trim(), who.getName());
        return createdFrom(created);
    }

    record CloneRequest(String name) {}

    @PostMapping("/{id}/clones")
    @Operation(summary = "A new service (version 1.0, new ids) that starts as a copy of this version")
    ResponseEntity<ChainSummary> cloneAsService(
            @PathVariable UUID id, @RequestBody CloneRequest request, Principal who) {
        ChainSummary created = chains.cloneAsService(id, request.name(), who.getName());
        return createdFrom(created);
    }

    @GetMapping("/{id}/diff/{other}")
    @Operation(summary = "What changed from this version to the other, by part")
    List<io.chainline.console.catalog.service.DescriptorDiff.Change> diff(
            @PathVariable UUID id, @PathVariable UUID other) {
        return diff.compare(chains.get(id).descriptor(), chains.get(other).descriptor());
    }

    @GetMapping(value = "/{id}/picture.svg", produces = "image/svg+xml")
    @Operation(summary = "The chain drawn: VNFs, links and the forwarding paths in order (SVG)")
    ResponseEntity<String> picture(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml"))
                .body(picture.draw(chains.get(id).descriptor()).svg());
    }

    @Override
    protected String collection() {
        return "/api/v1/chains";
    }

    @Override
    protected NsDescriptor read(String descriptor) {
        return json.readNs(descriptor);
    }

    @Override
    protected UUID id(ChainSummary summary) {
        return summary.id();
    }

    @Override
    protected long version(ChainSummary summary) {
        return summary.version();
    }

    @Override
    protected ChainSummary createDraft(NsDescriptor descriptor, String actor) {
        return chains.createDraft(descriptor, actor);
    }

    @Override
    protected ChainSummary saveDraft(UUID id, long readVersion, NsDescriptor descriptor, String actor) {
        return chains.saveDraft(id, readVersion, descriptor, actor);
    }

    @Override
    protected ChainSummary publishVersion(UUID id, long readVersion, String actor) {
        return chains.publish(id, readVersion, actor);
    }

    @Override
    protected ChainSummary deprecateVersion(UUID id, long readVersion, String actor) {
        return chains.deprecate(id, readVersion, actor);
    }

    @Override
    protected void deleteVersion(UUID id, long readVersion, String actor) {
        chains.delete(id, readVersion, actor);
    }
}
