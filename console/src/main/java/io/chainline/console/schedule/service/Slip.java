package io.chainline.console.schedule.service;

import io.chainline.console.schedule.domain.MissedRunPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a run that is due now still runs. Scheduling latency (a poll interval, a busy moment) is not a miss: a run
 * up to {@link #GRACE} late is on time under either policy.
 */
public final class Slip {

    public static final Duration GRACE = Duration.ofMinutes(1);

    /** @param reason why it was missed; empty when it runs */
    public record Decision(boolean run, Duration late, String reason) {}

    private Slip() {}

    public static Decision decide(MissedRunPolicy policy, Duration limit, Instant due, Instant now) {
        Duration late = now.isAfter(due) ? Duration.between(due, now) : Duration.ZERO;
        if (late.compareTo(GRACE) <= 0) {
            return new Decision(true, late, "");
        }
        if (policy == MissedRunPolicy.RUN_LATE && late.compareTo(limit) <= 0) {
            return new Decision(true, late, "");
        }
        String why = policy == MissedRunPolicy.SKIP
                ? "missed: no console was running at " + due + " and the schedule skips missed runs"
                : "missed: " + minutes(late) + " late, beyond the slip limit of " + minutes(limit);
        return new Decision(false, late, why);
    }

    static String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 120 ? (m / 60) + " h " + (m % 60) + " min" : m + " min";
    }
}
