package io.chainline.console.maintenance.api;

import io.chainline.console.base.api.ETags;
import io.chainline.console.maintenance.service.WindowRequest;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.maintenance.service.WindowSummary;
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
import org.springframework.web.bind.annotation.RestController;

/** Maintenance windows: read by everyone signed in, defined by administrators (they bind every operator). */
@RestController
@RequestMapping("/api/v1/windows")
@Tag(name = "windows", description = "Maintenance windows that allow or deny work on targets, sites or labels")
class WindowsController {

    private final WindowService windows;

    WindowsController(WindowService windows) {
        this.windows = windows;
    }

    @GetMapping
    List<WindowSummary> list() {
        return windows.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<WindowSummary> get(@PathVariable UUID id) {
        WindowSummary window = windows.get(id);
        return ResponseEntity.ok().eTag(ETags.of(window.version())).body(window);
    }

    @PostMapping
    @Operation(summary = "Define a window; schedules recompute when they will really run")
    ResponseEntity<WindowSummary> create(@RequestBody WindowRequest request, Principal who) {
        WindowSummary window = windows.create(request, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/windows/" + window.id()))
                .eTag(ETags.of(window.version()))
                .body(window);
    }

    @PutMapping("/{id}")
    ResponseEntity<WindowSummary> update(
            @PathVariable UUID id,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody WindowRequest request,
            Principal who) {
        WindowSummary window = windows.update(id, ETags.version(ifMatch), request, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(window.version())).body(window);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        windows.delete(id, ETags.version(ifMatch), who.getName());
        return ResponseEntity.noContent().build();
    }
}
