package io.chainline.console.schedule.service;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.schedule.domain.MissedRunPolicy;
import io.chainline.console.schedule.domain.WindowPolicy;
import java.time.LocalDateTime;

/**
 * A schedule as an operator writes it.
 *
 * @param startsLocal the once time, or an RRULE's first start (DTSTART), in {@code zone}'s local time
 * @param slipMinutes how late a missed run may still start (RUN_LATE), and how long a run waits for a busy deployment
 * @param overrideReason runs even when maintenance windows close its targets; ADMIN only, recorded
 * @param stopOnFail pauses a recurring schedule after a failed run until someone resumes it
 */
public record ScheduleRequest(
        String name,
        JobOrder job,
        RecurrenceKind recurrence,
        String expression,
        LocalDateTime startsLocal,
        String zone,
        String ticket,
        MissedRunPolicy missedPolicy,
        Integer slipMinutes,
        WindowPolicy windowPolicy,
        String overrideReason,
        Boolean stopOnFail) {

    public ScheduleRequest {
        name = name == null ? "" : name.strip();
        recurrence = recurrence == null ? RecurrenceKind.ONCE : recurrence;
        expression = expression == null ? "" : expression.strip();
        zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
        ticket = ticket == null ? "" : ticket.strip();
        missedPolicy = missedPolicy == null ? MissedRunPolicy.RUN_LATE : missedPolicy;
        slipMinutes = slipMinutes == null ? 60 : slipMinutes;
        windowPolicy = windowPolicy == null ? WindowPolicy.WAIT : windowPolicy;
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
        stopOnFail = stopOnFail == null || stopOnFail;
    }
}
