package io.chainline.console.schedule.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ConsoleInstance;
import io.chainline.console.base.service.Recurrence;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.deployment.service.JobOrders;
import io.chainline.console.deployment.service.JobOrigin;
import io.chainline.console.maintenance.service.MaintenanceCalendar;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.JobScheduleRepository;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleRun;
import io.chainline.console.schedule.domain.ScheduleRunRepository;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.domain.WindowPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when the scheduler wakes a console for a schedule. Under the schedule's row lock it decides (missed?
 * closed by windows? deployment busy?), records the run with the job id it is about to use and moves the schedule to
 * its next occurrence, all in one transaction; only then does it start the job. A console that dies in between leaves
 * a STARTING run that the revived execution completes with the same job id, so an occurrence never yields two jobs.
 */
@Component
class ScheduleFiring {

    /** How long a run waits before looking again at a deployment another job is busy with. */
    static final Duration BUSY_RECHECK = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(ScheduleFiring.class);

    /** A run recorded and due to start, and when the scheduler should wake next. */
    private record Decided(
            Optional<ScheduleRun> start,
            JobOrder order,
            String actor,
            Optional<Instant> wake,
            Optional<Runnable> alarm) {

        Decided(Optional<ScheduleRun> start, JobOrder order, String actor, Optional<Instant> wake) {
            this(start, order, actor, wake, Optional.empty());
        }
    }

    private final JobScheduleRepository schedules;
    private final ScheduleRunRepository runs;
    private final ScheduleTiming timing;
    private final JobOrders orders;
    private final WindowService windows;
    private final ConsoleInstance instance;
    private final AuditLog audit;
    private final ScheduleMetrics metrics;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ScheduleFaults faults;

    ScheduleFiring(
            JobScheduleRepository schedules,
            ScheduleRunRepository runs,
            ScheduleTiming timing,
            JobOrders orders,
            WindowService windows,
            ConsoleInstance instance,
            AuditLog audit,
            ScheduleMetrics metrics,
            TransactionTemplate tx,
            Clock clock,
            ScheduleFaults faults) {
        this.schedules = schedules;
        this.runs = runs;
        this.timing = timing;
        this.orders = orders;
        this.windows = windows;
        this.instance = instance;
        this.audit = audit;
        this.metrics = metrics;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
    }

    /** Fires the schedule if it is due; answers when to wake next (empty: never, the execution goes). */
    Optional<Instant> fire(UUID scheduleId) {
        completeInterrupted(scheduleId);
        Decided decided = tx.execute(s -> decide(scheduleId));
        // after the run is recorded: an alarm that cannot be written never undoes the schedule's decision
        decided.alarm().ifPresent(Runnable::run);
        decided.start().ifPresent(run -> start(run, decided.order(), decided.actor()));
        return decided.wake();
    }

    private Decided decide(UUID scheduleId) {
        Optional<JobSchedule> found = schedules.lockById(scheduleId);
        if (found.isEmpty() || found.get().getState() != ScheduleState.ACTIVE) {
            return new Decided(Optional.empty(), null, "", Optional.empty());
        }
        JobSchedule s = found.get();
        Instant now = clock.instant();
        Optional<Instant> due = s.getNextEffectiveAt();
        if (due.isEmpty() || now.isBefore(due.get().minusMillis(500))) {
            return new Decided(Optional.empty(), null, "", due);
        }
        JobOrder order = timing.order(s);
        Instant nominal = s.getNextNominalAt().orElse(due.get());
        Slip.Decision slip = Slip.decide(s.getMissedPolicy(), s.getSlip(), due.get(), now);
        if (!slip.run()) {
            return ended(s, nominal, due.get(), RunResult.MISSED, slip.reason(), order);
        }
        if (s.getOverrideReason().isEmpty()) {
            MaintenanceCalendar.Verdict verdict =
                    windows.verdict(orders.targetsOf(order), now, Recurrence.zone(s.getZoneId()));
            if (!verdict.open()) {
                return closed(s, nominal, due.get(), verdict, order);
            }
        }
        if (orders.busy(order)) {
            return busy(s, nominal, due.get(), now, order);
        }
        return fire(s, nominal, due.get(), now, order, slip);
    }

    /** The run is recorded (its job id chosen) and the schedule advanced in the same transaction as the lock. */
    private Decided fire(JobSchedule s, Instant nominal, Instant due, Instant now, JobOrder order, Slip.Decision slip) {
        ScheduleRun run = runs.saveAndFlush(new ScheduleRun(
                s.getId(),
                nominal,
                due,
                now,
                RunResult.STARTING,
                Optional.of(UUID.randomUUID()),
                instance.id(),
                startedDetail(s, slip)));
        timing.advance(s, max(nominal, now));
        audit.record(
                s.getOwner(),
                "schedule.fired",
                "schedule",
                s.getId().toString(),
                s.getName() + ": " + order.describe() + " (job "
                        + run.getJobId().orElseThrow() + ")");
        return new Decided(Optional.of(run), order, s.getOwner(), s.getNextEffectiveAt());
    }

    private Decided closed(
            JobSchedule s, Instant nominal, Instant due, MaintenanceCalendar.Verdict verdict, JobOrder order) {
        String reasons = String.join("; ", verdict.reasons());
        if (s.getWindowPolicy() == WindowPolicy.WAIT && verdict.nextOpening().isPresent()) {
            Instant opening = verdict.nextOpening().get();
            s.next(
                    Optional.of(nominal),
                    Optional.of(opening),
                    "waits for the next maintenance window, "
                            + ScheduleTiming.show(opening, Recurrence.zone(s.getZoneId())) + ": " + reasons);
            return new Decided(Optional.empty(), order, s.getOwner(), Optional.of(opening));
        }
        return ended(s, nominal, due, RunResult.REFUSED, "refused by maintenance windows: " + reasons, order);
    }

    private Decided busy(JobSchedule s, Instant nominal, Instant due, Instant now, JobOrder order) {
        if (Duration.between(due, now).compareTo(s.getSlip()) > 0) {
            return ended(
                    s,
                    nominal,
                    due,
                    RunResult.MISSED,
                    "missed: " + order.deploymentName() + " stayed busy with another job beyond the slip limit of "
                            + Slip.minutes(s.getSlip()),
                    order);
        }
        Instant again = now.plus(BUSY_RECHECK);
        s.next(Optional.of(nominal), Optional.of(again), "waits for the job running on " + order.deploymentName());
        return new Decided(Optional.empty(), order, s.getOwner(), Optional.of(again));
    }

    /** Records a run that did not start (missed or refused), pauses on it if asked, and moves on. */
    private Decided ended(JobSchedule s, Instant nominal, Instant due, RunResult result, String why, JobOrder order) {
        Instant now = clock.instant();
        runs.saveAndFlush(new ScheduleRun(s.getId(), nominal, due, now, result, Optional.empty(), instance.id(), why));
        metrics.ended(result);
        timing.advance(s, max(nominal, now));
        if (result == RunResult.REFUSED && s.isStopOnFail() && s.getState() == ScheduleState.ACTIVE) {
            s.pause("paused after a refused run: " + why, s.getOwner(), now);
        }
        audit.record(
                s.getOwner(),
                "schedule." + result.name().toLowerCase(),
                "schedule",
                s.getId().toString(),
                s.getName() + ": " + why);
        return new Decided(
                Optional.empty(),
                order,
                s.getOwner(),
                s.getState() == ScheduleState.ACTIVE ? s.getNextEffectiveAt() : Optional.empty(),
                Optional.of(() -> faults.notRun(s, order, result, why)));
    }

    /** Starts the run's job (idempotent by its job id) and records that it runs, or why it could not start. */
    private void start(ScheduleRun run, JobOrder order, String actor) {
        UUID jobId = run.getJobId().orElseThrow();
        try {
            DeploymentViews.JobSummary job = orders.execute(order, JobOrigin.scheduled(jobId), actor);
            tx.executeWithoutResult(s -> runs.findById(run.getId()).ifPresent(r -> {
                if (r.getResult() == RunResult.STARTING) {
                    r.started(job.deploymentId());
                }
            }));
        } catch (ChainlineException refused) {
            failed(run, refused.code() + ": " + refused.getMessage());
            // outside the read's transaction, like every report: the alarm commits (or fails) on its own
            tx.execute(s -> schedules.findById(run.getScheduleId()))
                    .ifPresent(sched -> faults.notRun(sched, order, RunResult.FAILED, refused.getMessage()));
        } catch (RuntimeException bug) {
            log.error("Schedule run {} could not start its job", run.getId(), bug);
            failed(run, "the job could not start (" + bug.getClass().getSimpleName() + "); see the console log");
        }
    }

    private void failed(ScheduleRun run, String why) {
        tx.executeWithoutResult(s -> {
            ScheduleRun r = runs.findById(run.getId()).orElseThrow();
            r.end(RunResult.FAILED, why, clock.instant());
            metrics.ended(RunResult.FAILED);
            schedules.findById(r.getScheduleId()).ifPresent(sched -> {
                if (sched.isStopOnFail() && sched.getState() == ScheduleState.ACTIVE) {
                    sched.pause(
                            "paused after the run due " + r.getNominalAt() + " failed: " + why,
                            sched.getOwner(),
                            clock.instant());
                }
            });
        });
    }

    /** Runs left STARTING by a console that died between recording them and starting their job. */
    private void completeInterrupted(UUID scheduleId) {
        List<ScheduleRun> starting = tx.execute(s -> runs.findByScheduleIdAndResult(scheduleId, RunResult.STARTING));
        for (ScheduleRun run : starting) {
            JobSchedule s = tx.execute(t -> schedules.findById(scheduleId).orElse(null));
            if (s != null) {
                log.info("Schedule {}: completing run {} interrupted before its job started", s.getName(), run.getId());
                start(run, timing.order(s), s.getOwner());
            }
        }
    }

    private static String startedDetail(JobSchedule s, Slip.Decision slip) {
        String late = slip.late().compareTo(Slip.GRACE) > 0 ? ", " + Slip.minutes(slip.late()) + " late" : "";
        String override =
                s.getOverrideReason().map(r -> ", windows overridden: " + r).orElse("");
        return "started" + late + override + (s.getTicket().isBlank() ? "" : " (ticket " + s.getTicket() + ")");
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
