package io.chainline.console.schedule.view;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.RunResult;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.domain.WindowPolicy;

/** What the schedules screen calls each choice and state: words, never enum names. */
final class Labels {

    private Labels() {}

    static String of(Operation op) {
        return switch (op) {
            case INSTANTIATE -> "Deploy";
            case SCALE -> "Scale";
            case HEAL -> "Heal";
            case UPGRADE -> "Upgrade";
            case RECONCILE -> "Reconcile";
            case TERMINATE -> "Terminate";
        };
    }

    static String of(MissedRunPolicy policy) {
        return switch (policy) {
            case RUN_LATE -> "Run late (within the slip limit)";
            case SKIP -> "Skip it";
        };
    }

    static String of(WindowPolicy policy) {
        return switch (policy) {
            case WAIT -> "Wait for the next opening";
            case REFUSE -> "Refuse the run";
        };
    }

    static String of(RecurrenceKind kind) {
        return switch (kind) {
            case ONCE -> "Once";
            case CRON -> "Cron expression";
            case RRULE -> "Recurrence rule (RRULE)";
        };
    }

    static String of(ScheduleState state) {
        return switch (state) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case DONE -> "Done";
        };
    }

    static String of(RunResult result) {
        return switch (result) {
            case STARTING -> "Starting";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case MISSED -> "Missed";
            case REFUSED -> "Refused";
        };
    }
}
