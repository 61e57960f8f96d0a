package io.chainline.console.schedule.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.schedule.domain.JobSchedule;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleState;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The schedule source of alarms (scope {@code ("schedule", scheduleId)}): a scheduled run that did not happen (missed,
 * refused by maintenance windows, or its job refused to start) keeps one alarm on the deployment it targets (on the
 * schedule when it deploys something new); the schedule's next run that succeeds, pausing it by hand or deleting it
 * clears it. A run whose job started and then failed is the job source's alarm, not this one's.
 */
@Component
class ScheduleFaults {

    static final String SOURCE = "schedule";
    private static final Logger log = LoggerFactory.getLogger(ScheduleFaults.class);

    private final FaultReports faults;

    ScheduleFaults(FaultReports faults) {
        this.faults = faults;
    }

    /** A run of {@code schedule} ended without a job: {@code result} MISSED, REFUSED or FAILED (to start). */
    void notRun(JobSchedule schedule, JobOrder order, RunResult result, String why) {
        safely(
                schedule.getId(),
                () -> faults.report(scope(schedule.getId()), List.of(fault(schedule, order, result, why))));
    }

    /** A run succeeded, or an operator paused or deleted the schedule: nothing is wrong with it any more. */
    void settled(UUID scheduleId) {
        safely(scheduleId, () -> faults.forget(scope(scheduleId)));
    }

    /** Never throws: a schedule must keep firing (and a delete answer) even when an alarm cannot be written. */
    private static void safely(UUID scheduleId, Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            log.warn("chainline.schedule.alarm-not-reported schedule={} error={}", scheduleId, e.toString(), e);
        }
    }

    /**
     * MINOR for a run that was missed or refused by a window, which the next occurrence makes good; MAJOR when an
     * operator must act: the job itself was refused, or the refusal paused the schedule (stop on fail).
     */
    static Fault fault(JobSchedule schedule, JobOrder order, RunResult result, String why) {
        boolean paused = schedule.getState() == ScheduleState.PAUSED;
        boolean operator = result == RunResult.FAILED || paused;
        Fault.ManagedObject object = order.deploymentId()
                .map(id -> Fault.ManagedObject.deployment(id, order.deploymentName()))
                .orElseGet(() -> new Fault.ManagedObject(
                        Fault.ManagedObject.Kind.SCHEDULE, schedule.getId(), schedule.getName()));
        String what = switch (result) {
            case MISSED -> "Scheduled run missed";
            case REFUSED -> "Scheduled run refused";
            default -> "Scheduled job refused";
        };
        return new Fault(
                "run-not-run",
                object,
                new Fault.Resource(Fault.Resource.Kind.SCHEDULE, schedule.getName(), "", null),
                operator ? Fault.Severity.MAJOR : Fault.Severity.MINOR,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                what,
                "The schedule " + schedule.getName() + " did not " + order.describe() + ": " + why
                        + (paused ? " The schedule is paused." : ""));
    }

    private static FaultScope scope(UUID scheduleId) {
        return FaultScope.of(SOURCE, scheduleId);
    }
}
