package io.chainline.console.schedule.service;

import io.chainline.console.base.service.Recurrence;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.deployment.service.JobOrders;
import io.chainline.console.maintenance.service.MaintenanceCalendar;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.WindowPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When a schedule's occurrence really runs: at its nominal time when its targets are open, at the next opening when
 * maintenance windows close them and the schedule waits, at its nominal time (to be refused) when it refuses, and at
 * its nominal time whatever the windows say under an ADMIN's override.
 */
@Component
class ScheduleTiming {

    /** When an occurrence runs and why; {@code refused} when windows will refuse it at that time. */
    record Effective(Instant at, boolean refused, String reason) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z");

    private final WindowService windows;
    private final JobOrders orders;
    private final DeploymentJson json;

    ScheduleTiming(WindowService windows, JobOrders orders, DeploymentJson json) {
        this.windows = windows;
        this.orders = orders;
        this.json = json;
    }

    JobOrder order(JobSchedule s) {
        return json.read(s.getJobJson(), JobOrder.class);
    }

    Effective effective(JobSchedule s, Instant nominal) {
        ZoneId zone = Recurrence.zone(s.getZoneId());
        if (s.getOverrideReason().isPresent()) {
            return new Effective(
                    nominal,
                    false,
                    "runs at " + show(nominal, zone) + " whatever the windows say: ADMIN override ("
                            + s.getOverrideReason().get() + ")");
        }
        MaintenanceCalendar.Verdict verdict = windows.verdict(orders.targetsOf(order(s)), nominal, zone);
        if (verdict.open()) {
            return new Effective(
                    nominal, false, "on time at " + show(nominal, zone) + ": " + String.join("; ", verdict.reasons()));
        }
        String closed = String.join("; ", verdict.reasons());
        if (s.getWindowPolicy() == WindowPolicy.WAIT && verdict.nextOpening().isPresent()) {
            Instant opening = verdict.nextOpening().get();
            return new Effective(
                    opening,
                    false,
                    "waits for the next maintenance window, " + show(opening, zone) + ": at " + show(nominal, zone)
                            + " " + closed);
        }
        return new Effective(
                nominal,
                true,
                "will be refused at " + show(nominal, zone) + ": " + closed
                        + (s.getWindowPolicy() == WindowPolicy.WAIT
                                ? " (no window opens within " + MaintenanceCalendar.HORIZON.toDays() + " days)"
                                : " (the schedule refuses rather than waits)"));
    }

    /** Moves the schedule to its first occurrence after {@code after}, or marks it done. */
    void advance(JobSchedule s, Instant after) {
        Optional<Instant> nominal = recurrence(s).nextAfter(after);
        if (nominal.isEmpty()) {
            s.next(Optional.empty(), Optional.empty(), "no occurrence left");
            return;
        }
        Effective effective = effective(s, nominal.get());
        s.next(nominal, Optional.of(effective.at()), effective.reason());
    }

    /** Recomputes when the current occurrence runs (windows or the override changed). */
    void refresh(JobSchedule s) {
        s.getNextNominalAt().ifPresent(nominal -> {
            Effective effective = effective(s, nominal);
            s.next(Optional.of(nominal), Optional.of(effective.at()), effective.reason());
        });
    }

    static Recurrence recurrence(JobSchedule s) {
        return Recurrence.of(s.getRecurrenceKind(), s.getExpression(), s.getStartsLocal(), s.getZoneId());
    }

    static String show(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
