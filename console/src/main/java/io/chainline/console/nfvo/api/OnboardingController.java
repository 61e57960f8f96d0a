package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.IfMatch;
import io.chainline.console.nfvo.service.Onboarding;
import io.chainline.console.nfvo.service.Tagged;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.JsonNode;

/**
 * SOL005's onboarded resources over one {@link Onboarding}: list (SOL013 filter and paging), create (201 with
 * {@code Location}), read, modify (the operational state and user-defined data) and delete. VNF packages and NS
 * descriptors extend it under their own collection and add their content endpoints.
 *
 * @param <V> the resource in SOL005's shape (VnfPkgInfo, NsdInfo)
 */
abstract class OnboardingController<V> {

    /** SOL005 CreateVnfPkgInfoRequest and CreateNsdInfoRequest: the same one field. */
    record CreateInfoRequest(Map<String, Object> userDefinedData) {}

    private final Onboarding<?, V> resources;
    private final Sol013Paging paging;
    private final String collection;
    private final Class<V> type;

    OnboardingController(Onboarding<?, V> resources, Sol013Paging paging, String collection, Class<V> type) {
        this.resources = resources;
        this.paging = paging;
        this.collection = collection;
        this.type = type;
    }

    /** The resource's id, for {@code Location}. */
    abstract UUID id(V resource);

    /** The collection's GET, which each subclass maps with its resource's schema documented. */
    ResponseEntity<List<JsonNode>> page(String filter, String marker, HttpServletRequest request) {
        return paging.keyset(type, resources::page, filter, marker, request);
    }

    @PostMapping
    @Operation(summary = "Create the resource (CREATED); then PUT its content")
    ResponseEntity<V> create(@RequestBody(required = false) CreateInfoRequest request, Principal who) {
        V created = resources.create(request == null ? null : request.userDefinedData(), who.getName());
        return ResponseEntity.created(URI.create(collection + "/" + id(created)))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The resource; its ETag is what a PATCH, DELETE or content PUT may name in If-Match")
    ResponseEntity<V> get(@PathVariable UUID id) {
        Tagged<V> tagged = resources.tagged(id);
        return ResponseEntity.ok().eTag(tagged.etag()).body(tagged.body());
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Enable or disable an onboarded resource, or change its userDefinedData (merge patch); a stale"
                    + " If-Match (optional) is 412")
    ResponseEntity<Modifications> modify(
            @PathVariable UUID id,
            @RequestBody Modifications changes,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        changes.requireSomething();
        String etag = resources.modify(
                id,
                IfMatch.parse(ifMatch),
                changes.state(),
                Optional.ofNullable(changes.userDefinedData()),
                who.getName());
        return ResponseEntity.ok().eTag(etag).body(changes);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete the resource: an onboarded one must be DISABLED and not in use; a stale If-Match"
                    + " (optional) is 412")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal who) {
        resources.delete(id, IfMatch.parse(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }
}
