package io.chainline.console.overview.service;

import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.overview.service.NocSnapshot.AlarmLine;
import io.chainline.console.overview.service.NocSnapshot.Condition;
import io.chainline.console.overview.service.NocSnapshot.DeploymentStatus;
import io.chainline.console.overview.service.NocSnapshot.WindowLine;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** The wall screen's reading order and conditions: pure rules, so they are tested without a database. */
public final class NocOrder {

    private NocOrder() {}

    /** Worst first, then newest raised first (the id keeps the order stable between redraws). */
    public static final Comparator<AlarmLine> ALARMS = Comparator.comparing(AlarmLine::severity)
            .thenComparing(AlarmLine::raisedAt, Comparator.reverseOrder())
            .thenComparing(AlarmLine::id);

    /** Failed, then degraded (by their worst alarm), changing, healthy, not running; by name within each. */
    public static final Comparator<DeploymentStatus> DEPLOYMENTS = Comparator.comparing(DeploymentStatus::condition)
            .thenComparing(d -> d.worst().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(d -> d.line().name());

    /** Windows open now first, then the soonest. */
    public static final Comparator<WindowLine> WINDOWS = Comparator.comparing((WindowLine w) -> !w.openNow())
            .thenComparing(WindowLine::start)
            .thenComparing(WindowLine::name);

    /**
     * A deployment's condition: FAILED is its state's word; any active alarm degrades it; a job or a transition
     * in progress is a change; only an instantiated deployment without alarms is healthy.
     */
    public static Condition condition(DeploymentState state, Optional<Severity> worst, boolean jobOpen) {
        if (state == DeploymentState.FAILED) {
            return Condition.FAILED;
        }
        if (worst.isPresent()) {
            return Condition.DEGRADED;
        }
        if (jobOpen || state == DeploymentState.INSTANTIATING || state == DeploymentState.TERMINATING) {
            return Condition.CHANGING;
        }
        return state == DeploymentState.INSTANTIATED ? Condition.HEALTHY : Condition.INACTIVE;
    }

    /** "just now", "20 s ago", "5 min ago", "3 h ago", "2 d ago": read at a distance, so short. */
    public static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 5) {
            return "just now";
        }
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds < 86_400 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    /** "in 3 min", "in 2 h", "in 4 d", "now": when a window or run starts. */
    public static String in(Instant when, Instant now) {
        long seconds = Duration.between(now, when).toSeconds();
        if (seconds <= 0) {
            return "now";
        }
        if (seconds < 3600) {
            return "in " + Math.max(1, seconds / 60) + " min";
        }
        return seconds < 86_400 ? "in " + seconds / 3600 + " h" : "in " + seconds / 86_400 + " d";
    }
}
