package io.chainline.console.fleet.api;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.console.base.api.ETags;
import io.chainline.console.base.api.PageLinks;
import io.chainline.console.base.service.Cursor;
import io.chainline.console.fleet.service.FleetLists;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.NodeView;
import io.chainline.console.fleet.service.TargetRequest;
import io.chainline.console.fleet.service.TargetSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fleet through the API. Access details go in (write-only) and never come out: responses carry the endpoint,
 * health and inventory, never a kubeconfig, token, password or key.
 */
@RestController
@RequestMapping("/api/v1/fleet")
@Tag(name = "fleet", description = "Targets (Kubernetes, OpenStack, Docker), their health and inventory")
class FleetController {

    private final FleetService fleet;
    private final FleetLists lists;

    FleetController(FleetService fleet, FleetLists lists) {
        this.fleet = fleet;
        this.lists = lists;
    }

    /** The answer of a connection test, without anything the target said that could hold a secret. */
    record CheckView(boolean ok, String failure, String message, String serverVersion, long tookMillis) {
        static CheckView of(ConnectionCheck check) {
            return new CheckView(
                    check.ok(),
                    check.failure().map(Enum::name).orElse(null),
                    check.message(),
                    check.serverVersion().orElse(null),
                    check.took().toMillis());
        }
    }

    @GetMapping("/targets")
    @Operation(
            summary = "Targets by name; with limit (1-500) one page, the next named by the Link header (rel=next);"
                    + " without, every target")
    ResponseEntity<List<TargetSummary>> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String after) {
        if (!PageLinks.paged(limit, after)) {
            return ResponseEntity.ok(lists.list());
        }
        return PageLinks.ok(lists.page(PageLinks.limit(limit), Cursor.decode(after)));
    }

    @PostMapping("/targets")
    @Operation(summary = "Register a target (admin); its secrets are sealed at rest and never returned")
    ResponseEntity<TargetSummary> register(@RequestBody TargetRequest request, Principal who) {
        TargetSummary created = fleet.register(request, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/fleet/targets/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/targets/{id}")
    ResponseEntity<TargetSummary> get(@PathVariable UUID id) {
        TargetSummary target = fleet.get(id);
        return ResponseEntity.ok().eTag(ETags.of(target.version())).body(target);
    }

    @PutMapping("/targets/{id}")
    @Operation(summary = "Change a target; secrets left out keep their stored values")
    ResponseEntity<TargetSummary> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody TargetRequest request,
            Principal who) {
        TargetSummary saved = fleet.update(id, ETags.version(ifMatch), request, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
    }

    @DeleteMapping("/targets/{id}")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        fleet.delete(id, ETags.version(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/targets/{id}/test")
    @Operation(summary = "Test the connection with the stored credentials; records the target's health")
    CheckView test(@PathVariable UUID id, Principal who) {
        return CheckView.of(fleet.test(id, who.getName()));
    }

    @PostMapping("/connection-tests")
    @Operation(summary = "Test access details before registering them; nothing is stored")
    CheckView testAccess(@RequestBody TargetRequest request) {
        return CheckView.of(fleet.testAccess(request));
    }

    @PostMapping("/targets/{id}/sync")
    @Operation(summary = "Read the target's nodes (architectures normalised), capacity and runtime classes now")
    TargetSummary sync(@PathVariable UUID id) {
        return fleet.sync(id);
    }

    @GetMapping("/targets/{id}/nodes")
    List<NodeView> nodes(@PathVariable UUID id) {
        return fleet.nodes(id);
    }
}
