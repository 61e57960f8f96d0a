package io.chainline.console.catalog.api;

import io.chainline.console.base.api.ETags;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The REST endpoints of the design lifecycle, the same for every design under its collection: create a draft from
 * the model's JSON, replace a draft, publish, deprecate and delete, each change naming the version it started from in
 * {@code If-Match} and answering the new one as {@code ETag}. A design's controller extends this under its own
 * {@code @RequestMapping} and adds what is its own (reading, new versions, clones, checks, exchange).
 *
 * @param <D> the design's descriptor
 * @param <S> the design's summary
 */
@org.springframework.modulith.NamedInterface(
        "api") // the design lifecycle endpoints the chain feature serves too (ADR 25)
public abstract class DesignController<D, S> {

    /** The collection's path, for {@code Location}: {@code /api/v1/catalog/vnfs}. */
    protected abstract String collection();

    /** The descriptor from the model's JSON, or the engine's refusal. */
    protected abstract D read(String json);

    protected abstract UUID id(S summary);

    protected abstract long version(S summary);

    protected abstract S createDraft(D descriptor, String actor);

    protected abstract S saveDraft(UUID id, long readVersion, D descriptor, String actor);

    protected abstract S publishVersion(UUID id, long readVersion, String actor);

    protected abstract S deprecateVersion(UUID id, long readVersion, String actor);

    protected abstract void deleteVersion(UUID id, long readVersion, String actor);

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft from a descriptor (the model's JSON)")
    public ResponseEntity<S> create(@RequestBody String descriptor, Principal who) {
        S created = createDraft(read(descriptor), who.getName());
        return ResponseEntity.created(location(created))
                .eTag(ETags.of(version(created)))
                .body(created);
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a draft's descriptor (If-Match: the ETag you read)")
    public ResponseEntity<S> save(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody String descriptor,
            Principal who) {
        return current(saveDraft(id, ETags.version(ifMatch), read(descriptor), who.getName()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft that passes every check (If-Match); it never changes after")
    public ResponseEntity<S> publish(
            @PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        return current(publishVersion(id, ETags.version(ifMatch), who.getName()));
    }

    @PostMapping("/{id}/deprecate")
    @Operation(summary = "Deprecate a published version (If-Match); it stays for what uses it")
    public ResponseEntity<S> deprecate(
            @PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        return current(deprecateVersion(id, ETags.version(ifMatch), who.getName()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a version (If-Match)")
    public ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        deleteVersion(id, ETags.version(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }

    /** 201 with the new version's {@code Location}, as a new version or a clone answers (no ETag: read it first). */
    protected ResponseEntity<S> createdFrom(S created) {
        return ResponseEntity.created(location(created)).body(created);
    }

    private ResponseEntity<S> current(S summary) {
        return ResponseEntity.ok().eTag(ETags.of(version(summary))).body(summary);
    }

    private URI location(S created) {
        return URI.create(collection() + "/" + id(created));
    }
}
