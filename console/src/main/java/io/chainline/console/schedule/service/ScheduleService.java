package io.chainline.console.schedule.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.FieldRefusal;
import io.chainline.console.base.service.Recurrence;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.deployment.service.JobOrders;
import io.chainline.console.maintenance.service.WindowsChanged;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.ScheduleRun;
import io.chainline.console.schedule.domain.ScheduleRunRepository;
import io.chainline.console.schedule.domain.ScheduleState;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/** Schedules of deployment jobs: writing them down, pausing and resuming them, and their history. */
@Service
public class ScheduleService {

    /** The windows listener's id in the event publication registry: stable across renames. */
    static final String WINDOWS_LISTENER_ID = "schedule.windows-changed";

    private static final int MAX_SLIP_MINUTES = 7 * 24 * 60;

    private final JobScheduleRepository schedules;
    private final ScheduleRunRepository runs;
    private final ScheduleTiming timing;
    private final JobOrders orders;
    private final DeploymentJson json;
    private final Wakeups wakeups;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ScheduleFaults faults;
    private final ScheduleLists lists;

    ScheduleService(
            JobScheduleRepository schedules,
            ScheduleRunRepository runs,
            ScheduleTiming timing,
            JobOrders orders,
            DeploymentJson json,
            Wakeups wakeups,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            ScheduleFaults faults,
            ScheduleLists lists) {
        this.schedules = schedules;
        this.runs = runs;
        this.timing = timing;
        this.orders = orders;
        this.json = json;
        this.wakeups = wakeups;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
        this.lists = lists;
    }

    /** Every schedule, next to run first (the list's three statements: {@link ScheduleLists}). */
    public List<ScheduleViews.ScheduleView> list() {
        return lists.list();
    }

    public ScheduleViews.ScheduleView get(UUID id) {
        return tx.execute(s -> view(load(id)));
    }

    /**
     * Writes a schedule down and arms it. An override of maintenance windows needs {@code admin}; it is recorded.
     */
    public ScheduleViews.ScheduleView create(ScheduleRequest request, String actor, boolean admin) {
        validate(request, admin);
        UUID id = UUID.randomUUID();
        ScheduleViews.ScheduleView view = tx.execute(s -> {
            if (schedules.existsByNameIgnoreCase(request.name())) {
                throw new ChainlineException(
                        "SCHEDULE-NAME-TAKEN",
                        Category.CONFLICT,
                        "A schedule named " + request.name() + " exists; choose another name.");
            }
            JobSchedule schedule = new JobSchedule(id, actor, clock.instant());
            define(schedule, request);
            timing.advance(schedule, clock.instant().minusMillis(1));
            requireOccurrence(schedule);
            schedules.saveAndFlush(schedule);
            audit.record(actor, "schedule.created", "schedule", id.toString(), summary(schedule));
            return view(schedule);
        });
        arm(view);
        return view;
    }

    public ScheduleViews.ScheduleView update(
            UUID id, long readVersion, ScheduleRequest request, String actor, boolean admin) {
        validate(request, admin);
        ScheduleViews.ScheduleView view = tx.execute(s -> {
            JobSchedule schedule = loadForChange(id, readVersion);
            if (!schedule.getName().equalsIgnoreCase(request.name())
                    && schedules.existsByNameIgnoreCase(request.name())) {
                throw new ChainlineException(
                        "SCHEDULE-NAME-TAKEN",
                        Category.CONFLICT,
                        "A schedule named " + request.name() + " exists; choose another name.");
            }
            String before = summary(schedule);
            define(schedule, request);
            schedule.touch(actor, clock.instant());
            timing.advance(schedule, clock.instant().minusMillis(1));
            requireOccurrence(schedule);
            audit.record(actor, "schedule.updated", "schedule", id.toString(), before + " → " + summary(schedule));
            return view(schedule);
        });
        arm(view);
        return view;
    }

    public ScheduleViews.ScheduleView pause(UUID id, String reason, String actor) {
        ScheduleViews.ScheduleView view = tx.execute(s -> {
            JobSchedule schedule = load(id);
            schedule.pause(reason.isBlank() ? "paused by " + actor : reason, actor, clock.instant());
            audit.record(actor, "schedule.paused", "schedule", id.toString(), schedule.getName() + ": " + reason);
            return view(schedule);
        });
        wakeups.cancel(id);
        faults.settled(id);
        return view;
    }

    /** Resumes from now on: occurrences that passed while it was paused are not run. */
    public ScheduleViews.ScheduleView resume(UUID id, String actor) {
        ScheduleViews.ScheduleView view = tx.execute(s -> {
            JobSchedule schedule = load(id);
            if (schedule.getState() != ScheduleState.PAUSED) {
                throw new ChainlineException(
                        "SCHEDULE-NOT-PAUSED",
                        Category.CONFLICT,
                        schedule.getName() + " is " + schedule.getState() + ".");
            }
            schedule.resume(actor, clock.instant());
            timing.advance(schedule, clock.instant());
            audit.record(actor, "schedule.resumed", "schedule", id.toString(), schedule.getName());
            return view(schedule);
        });
        arm(view);
        return view;
    }

    public void delete(UUID id, String actor) {
        tx.executeWithoutResult(s -> {
            JobSchedule schedule = load(id);
            schedules.delete(schedule);
            audit.record(actor, "schedule.deleted", "schedule", id.toString(), summary(schedule));
        });
        wakeups.cancel(id);
        faults.settled(id);
    }

    public List<ScheduleViews.RunView> runs(UUID id) {
        return lists.runs(id, Optional.empty(), Optional.empty()).rows();
    }

    /** The latest runs of every schedule, newest first. */
    public List<ScheduleViews.RunView> history() {
        return lists.history();
    }

    /**
     * Windows may have opened or closed: every active schedule's effective time is computed again, after the window's
     * change commits, through the event publication registry (ADR 24), so a failure here is retried and never undoes
     * nor refuses the window's change. Idempotent: it recomputes from what is stored. It runs outside a transaction of
     * the listener's own: the refresh commits before the schedules are armed, as before.
     */
    @ApplicationModuleListener(id = WINDOWS_LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
    void windowsChanged(WindowsChanged changed) {
        List<ScheduleViews.ScheduleView> active = tx.execute(s -> schedules.findByState(ScheduleState.ACTIVE).stream()
                .map(schedule -> {
                    timing.refresh(schedule);
                    return view(schedule);
                })
                .toList());
        active.forEach(this::arm);
    }

    private void arm(ScheduleViews.ScheduleView view) {
        if (view.state() == ScheduleState.ACTIVE && view.nextEffectiveAt().isPresent()) {
            wakeups.wake(view.id(), view.nextEffectiveAt().get());
        } else {
            wakeups.cancel(view.id());
        }
    }

    private void validate(ScheduleRequest r, boolean admin) {
        if (r.name().isEmpty() || r.name().length() > 100) {
            throw new ChainlineException(
                    "SCHEDULE-NAME-INVALID", Category.INVALID, "Give the schedule a name of 1 to 100 characters.");
        }
        if (r.job() == null || r.job().operation() == null) {
            throw new FieldRefusal(
                    "SCHEDULE-JOB-INCOMPLETE", Category.INVALID, "job.operation", "Say which job to run.");
        }
        if (r.slipMinutes() < 0 || r.slipMinutes() > MAX_SLIP_MINUTES) {
            throw new ChainlineException(
                    "SCHEDULE-SLIP-INVALID",
                    Category.INVALID,
                    "The slip limit is 0 to " + MAX_SLIP_MINUTES + " minutes (a week); " + r.slipMinutes()
                            + " was given.");
        }
        if (!r.overrideReason().isEmpty() && !admin) {
            throw new ChainlineException(
                    "SCHEDULE-OVERRIDE-ADMIN",
                    Category.FORBIDDEN,
                    "Only an ADMIN may run a job whatever the maintenance windows say; leave the override empty.");
        }
        if (r.recurrence() != RecurrenceKind.CRON && r.startsLocal() == null) {
            throw new FieldRefusal(
                    "SCHEDULE-START-REQUIRED",
                    Category.INVALID,
                    "startsLocal",
                    "Give the local date and time it " + (r.recurrence() == RecurrenceKind.ONCE ? "runs" : "starts")
                            + " at.");
        }
        Recurrence.of(r.recurrence(), r.expression(), start(r), r.zone());
        orders.check(r.job());
    }

    private void define(JobSchedule schedule, ScheduleRequest r) {
        JobOrder order = r.job();
        String deploymentName =
                order.deploymentName() == null || order.deploymentName().isBlank()
                        ? order.deploymentId().map(Object::toString).orElse("")
                        : order.deploymentName();
        schedule.job(order.operation(), order.deploymentId(), clip(deploymentName, 40), json.write(order));
        schedule.timing(
                r.recurrence(),
                r.expression(),
                start(r),
                Recurrence.zone(r.zone()).getId());
        schedule.policies(
                r.name(),
                clip(r.ticket(), 100),
                r.missedPolicy(),
                Duration.ofMinutes(r.slipMinutes()),
                r.windowPolicy(),
                clip(r.overrideReason(), 1000),
                r.stopOnFail());
    }

    private static void requireOccurrence(JobSchedule schedule) {
        if (schedule.getNextNominalAt().isEmpty()) {
            throw new ChainlineException(
                    "SCHEDULE-IN-PAST",
                    Category.INVALID,
                    ScheduleTiming.recurrence(schedule).describe()
                            + " has no occurrence after now; choose a time in the future.");
        }
    }

    private LocalDateTime start(ScheduleRequest r) {
        return r.startsLocal() != null
                ? r.startsLocal()
                : LocalDateTime.ofInstant(clock.instant(), Recurrence.zone(r.zone()))
                        .truncatedTo(ChronoUnit.MINUTES);
    }

    private ScheduleViews.ScheduleView view(JobSchedule s) {
        Optional<ScheduleRun> last =
                runs.findByScheduleIdOrderByStartedAtDesc(s.getId()).stream().findFirst();
        return ScheduleViews.ScheduleView.of(s, timing.order(s).describe(), last);
    }

    private static String summary(JobSchedule s) {
        return s.getName() + ": " + s.getOperation() + " " + s.getDeploymentName() + ", "
                + ScheduleTiming.recurrence(s).describe()
                + (s.getTicket().isBlank() ? "" : ", ticket " + s.getTicket())
                + s.getOverrideReason().map(o -> ", OVERRIDES WINDOWS: " + o).orElse("");
    }

    private JobSchedule load(UUID id) {
        return schedules
                .findById(id)
                .orElseThrow(() ->
                        new ChainlineException("SCHEDULE-NOT-FOUND", Category.NOT_FOUND, "No schedule " + id + "."));
    }

    private JobSchedule loadForChange(UUID id, long readVersion) {
        JobSchedule schedule = load(id);
        if (schedule.getVersion() != readVersion) {
            throw new ChainlineException(
                    "SCHEDULE-CONFLICT",
                    Category.CONFLICT,
                    schedule.getName() + " was changed by " + schedule.getUpdatedBy()
                            + " after you opened it; reload it, then repeat your change.");
        }
        return schedule;
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
