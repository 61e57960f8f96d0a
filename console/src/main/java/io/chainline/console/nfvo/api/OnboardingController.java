package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.Onboarding;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
        return paging.page(type, resources::all, filter, marker, request);
    }

    @PostMapping
    @Operation(summary = "Create the resource (CREATED); then PUT its content")
    ResponseEntity<V> create(@RequestBody(required = false) CreateInfoRequest request, Principal who) {
        V created = resources.create(request == null ? null : request.userDefinedData(), who.getName());
        return ResponseEntity.created(URI.create(collection + "/" + id(created)))
                .body(created);
    }

    @GetMapping("/{id}")
    V get(@PathVariable UUID id) {
        return resources.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Enable or disable an onboarded resource, or change its userDefinedData (merge patch)")
    Modifications modify(@PathVariable UUID id, @RequestBody Modifications changes, Principal who) {
        changes.requireSomething();
        resources.modify(id, changes.state(), Optional.ofNullable(changes.userDefinedData()), who.getName());
        return changes;
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete the resource: an onboarded one must be DISABLED and not in use")
    ResponseEntity<Void> delete(@PathVariable UUID id, Principal who) {
        resources.delete(id, who.getName());
        return ResponseEntity.noContent().build();
    }
}
