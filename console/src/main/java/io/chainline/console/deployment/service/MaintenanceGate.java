package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.maintenance.service.MaintenanceCalendar;
import io.chainline.console.maintenance.service.WindowService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Jobs asked for now may touch only targets that maintenance windows leave open; a closed one is refused with when
 * it opens and what to do. Scheduled jobs were checked by their schedule, under its own policy or override.
 */
@Component
class MaintenanceGate {

    private final WindowService windows;
    private final Clock clock;

    MaintenanceGate(WindowService windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    void requireOpen(JobRequest request, List<DeploymentPlan.TargetPlan> plans) {
        Set<UUID> targets = new LinkedHashSet<>();
        plans.forEach(p -> targets.add(p.targetId()));
        request.desired().units().forEach(u -> targets.add(u.targetId()));
        request.previous().ifPresent(p -> p.units().forEach(u -> targets.add(u.targetId())));
        MaintenanceCalendar.Verdict verdict = windows.verdict(targets, clock.instant(), ZoneOffset.UTC);
        if (!verdict.open()) {
            throw new ChainlineException(
                    "WINDOW-CLOSED",
                    Category.CONFLICT,
                    "Maintenance windows close this job's targets now: " + String.join("; ", verdict.reasons())
                            + ". "
                            + verdict.nextOpening()
                                    .map(t -> "They next open at " + t + " (UTC). ")
                                    .orElse("No window opens within " + MaintenanceCalendar.HORIZON.toDays()
                                            + " days. ")
                            + "Schedule the job to wait for the window, or have an ADMIN schedule it with an"
                            + " override reason.");
        }
    }
}
