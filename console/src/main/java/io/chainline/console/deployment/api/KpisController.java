package io.chainline.console.deployment.api;

import io.chainline.console.deployment.service.KpiQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deployment's KPIs: the last hour of CPU, memory, restarts and traffic per network function, as the console
 * sampled them (ADR 30). A figure the platform does not give is null; an NF whose platform cannot say at all has
 * {@code available: false}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "deployments", description = "Plan, deploy and run the lifecycle of service chains on the fleet")
class KpisController {

    private final KpiQueries kpis;

    KpisController(KpiQueries kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/deployments/{id}/kpis")
    @Operation(summary = "The last hour of KPIs per network function (DEPLOYMENT-NOT-FOUND for an unknown id)")
    KpiQueries.KpiSeries kpis(@PathVariable UUID id) {
        return kpis.series(id);
    }
}
