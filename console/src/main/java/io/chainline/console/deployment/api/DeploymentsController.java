package io.chainline.console.deployment.api;

import io.chainline.console.base.api.PageLinks;
import io.chainline.console.base.service.Cursor;
import io.chainline.console.deployment.service.DeploymentPlan;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DriftService;
import io.chainline.console.deployment.service.LiveStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deployments and their jobs. Every change answers 202 with the job that carries it out and its {@code Location};
 * {@code POST /plan} answers what would happen without changing anything.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "deployments", description = "Plan, deploy and run the lifecycle of service chains on the fleet")
class DeploymentsController {

    record DeployRequest(String name, UUID chainId, DeploymentSettings settings) {
        DeploymentSettings settingsOrDefault() {
            return settings == null ? DeploymentSettings.defaults() : settings;
        }
    }

    /** To a level, to aspect levels, or (ADR 20) one VDU ({@code vdu}) to a number of {@code replicas}. */
    record ScaleRequest(String nf, String level, Map<String, Integer> aspects, String vdu, Integer replicas) {}

    record HealRequest(String workload) {}

    record UpgradeRequest(UUID chainId) {}

    private final DeploymentService deployments;
    private final DeploymentQueries queries;
    private final DriftService drift;
    private final LiveStatus live;

    DeploymentsController(
            DeploymentService deployments, DeploymentQueries queries, DriftService drift, LiveStatus live) {
        this.deployments = deployments;
        this.queries = queries;
        this.drift = drift;
        this.live = live;
    }

    @PostMapping("/deployments/plan")
    @Operation(summary = "Where each VDU would go and why, and each target's actions; changes nothing")
    DeploymentPlan plan(@RequestBody DeployRequest request) {
        return deployments.plan(request.name(), request.chainId(), request.settingsOrDefault());
    }

    @PostMapping("/deployments")
    @Operation(summary = "Deploy a published chain version: plans, records it and starts the instantiation job")
    ResponseEntity<DeploymentViews.JobSummary> deploy(@RequestBody DeployRequest request, Principal who) {
        return accepted(
                deployments.deploy(request.name(), request.chainId(), request.settingsOrDefault(), who.getName()));
    }

    @GetMapping("/deployments")
    @Operation(
            summary = "Deployments, newest first; with limit (1-500) one page, the next named by the Link header"
                    + " (rel=next, an opaque after marker); without, every deployment")
    ResponseEntity<List<DeploymentViews.DeploymentSummary>> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String after) {
        if (!PageLinks.paged(limit, after)) {
            return ResponseEntity.ok(queries.list());
        }
        return PageLinks.ok(queries.page(PageLinks.limit(limit), Cursor.decode(after)));
    }

    @GetMapping("/deployments/{id}")
    DeploymentViews.DeploymentDetail get(@PathVariable UUID id) {
        return queries.detail(id);
    }

    @PostMapping("/deployments/{id}/scale")
    @Operation(
            summary = "Scale one network function to an instantiation level or by aspect levels, or one of its VDUs"
                    + " to a number of replicas")
    ResponseEntity<DeploymentViews.JobSummary> scale(
            @PathVariable UUID id, @RequestBody ScaleRequest request, Principal who) {
        if (request.replicas() != null) {
            return accepted(deployments.scaleReplicas(
                    id, request.nf(), String.valueOf(request.vdu()), request.replicas(), who.getName()));
        }
        return accepted(deployments.scale(
                id,
                request.nf(),
                Optional.ofNullable(request.level()).filter(l -> !l.isBlank()),
                request.aspects() == null ? Map.of() : request.aspects(),
                who.getName()));
    }

    @PostMapping("/deployments/{id}/heal")
    ResponseEntity<DeploymentViews.JobSummary> heal(
            @PathVariable UUID id, @RequestBody HealRequest request, Principal who) {
        return accepted(deployments.heal(id, request.workload(), who.getName()));
    }

    @PostMapping("/deployments/{id}/upgrade/plan")
    DeploymentPlan planUpgrade(@PathVariable UUID id, @RequestBody UpgradeRequest request) {
        return deployments.planUpgrade(id, request.chainId());
    }

    @PostMapping("/deployments/{id}/upgrade")
    ResponseEntity<DeploymentViews.JobSummary> upgrade(
            @PathVariable UUID id, @RequestBody UpgradeRequest request, Principal who) {
        return accepted(deployments.upgrade(id, request.chainId(), who.getName()));
    }

    @PostMapping("/deployments/{id}/reconcile")
    ResponseEntity<DeploymentViews.JobSummary> reconcile(@PathVariable UUID id, Principal who) {
        return accepted(deployments.reconcile(id, who.getName()));
    }

    @PostMapping("/deployments/{id}/terminate")
    ResponseEntity<DeploymentViews.JobSummary> terminate(@PathVariable UUID id, Principal who) {
        return accepted(deployments.terminate(id, who.getName()));
    }

    @PostMapping("/deployments/{id}/drift")
    @Operation(summary = "Compare desired and live state now")
    List<DriftService.DriftItem> checkDrift(@PathVariable UUID id) {
        return drift.check(id);
    }

    @PostMapping("/deployments/{id}/drift/accept")
    ResponseEntity<Void> acceptDrift(@PathVariable UUID id, Principal who) {
        drift.accept(id, who.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/deployments/{id}/live")
    @Operation(summary = "Observe every target now: per-workload state and recent events")
    LiveStatus.Live observe(@PathVariable UUID id) {
        return live.refresh(id);
    }

    @DeleteMapping("/deployments/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, Principal who) {
        deployments.delete(id, who.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/jobs/{id}")
    DeploymentViews.JobDetail job(@PathVariable UUID id) {
        return queries.job(id);
    }

    @PostMapping("/jobs/{id}/cancel")
    ResponseEntity<Void> cancel(@PathVariable UUID id, Principal who) {
        deployments.cancel(id, who.getName());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/jobs/{id}/retry")
    ResponseEntity<DeploymentViews.JobSummary> retry(@PathVariable UUID id, Principal who) {
        return accepted(deployments.retry(id, who.getName()));
    }

    private static ResponseEntity<DeploymentViews.JobSummary> accepted(DeploymentViews.JobSummary job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + job.id()))
                .body(job);
    }
}
