package io.chainline.console.alarm.view;

import com.vaadin.flow.component.html.Span;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How alarms read everywhere in the console: severity badges in one colour scheme (critical red, major orange, minor
 * yellow, warning blue, indeterminate grey, cleared green), labels instead of enum names, and ages.
 */
@org.springframework.modulith.NamedInterface("view") // used by the deployment page and the top bar (ADR 24)
public final class AlarmBadges {

    static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private AlarmBadges() {}

    /** The badge's background colour (CSS) for a severity. */
    public static String colour(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "#c92a2a";
            case MAJOR -> "#e8590c";
            case MINOR -> "#f5c000";
            case WARNING -> "#1971c2";
            case INDETERMINATE -> "#868e96";
            case CLEARED -> "#2b8a3e";
        };
    }

    /** Text colour readable on {@link #colour(Severity)}. */
    static String ink(Severity severity) {
        return severity == Severity.MINOR ? "#212529" : "#ffffff";
    }

    /** A coloured badge reading the severity's label ("Major"), with {@code data-severity} for tests and CSS. */
    public static Span of(Severity severity) {
        Span badge = new Span(severity.label());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().setAttribute("data-severity", severity.name());
        badge.getStyle()
                .set("background-color", colour(severity))
                .set("color", ink(severity))
                .set("font-weight", "600");
        return badge;
    }

    /** "Acknowledged" / "Unacknowledged". */
    public static String label(AckState state) {
        return state == AckState.ACKNOWLEDGED ? "Acknowledged" : "Unacknowledged";
    }

    /** "Processing error", "Communications", "Quality of service"… */
    public static String label(Fault.EventType type) {
        return switch (type) {
            case COMMUNICATIONS_ALARM -> "Communications";
            case PROCESSING_ERROR_ALARM -> "Processing error";
            case ENVIRONMENTAL_ALARM -> "Environmental";
            case QOS_ALARM -> "Quality of service";
            case EQUIPMENT_ALARM -> "Equipment";
        };
    }

    /** "Workload", "Network function", "Target"… */
    public static String label(Fault.Resource.Kind kind) {
        return switch (kind) {
            case NF -> "Network function";
            case SUBSCRIPTION -> "Subscription";
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** "Deployment", "Target"… */
    public static String label(Fault.ManagedObject.Kind kind) {
        return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** "just now", "2 min ago", "3 h ago", "2 d ago". */
    public static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds < 86_400 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    /** An age ("2 min ago") with the exact time as its tooltip. */
    /**
     * "02:30:31 UTC, 1 min ago": the clock time first, so the moment stays right even while a page that has not
     * redrawn for a while shows an age that has grown since; older than a day, with its date.
     */
    static Span age(Instant then, Instant now) {
        DateTimeFormatter clockTime = java.time.Duration.between(then, now).toHours() >= 24 ? EXACT : CLOCK;
        Span span = new Span(clockTime.format(then) + ", " + ago(then, now));
        span.getElement().setAttribute("title", EXACT.format(then));
        span.getElement().setAttribute("data-at", then.toString());
        return span;
    }

    /** "Acknowledged by ops1, 5 min ago: ticket 42" or "Unacknowledged". */
    static String ack(Alarm alarm, Instant now) {
        if (alarm.getAckState() == AckState.UNACKNOWLEDGED) {
            return "Unacknowledged";
        }
        return "Acknowledged by " + alarm.getAckBy().orElse("?")
                + alarm.getAckAt().map(at -> ", " + ago(at, now)).orElse("")
                + alarm.getAckComment().map(c -> ": " + c).orElse("");
    }

    /** What the alarm is about: "Workload firewall-fw (NF firewall)". */
    static String resource(Alarm alarm) {
        Fault.Resource r = alarm.getResource();
        String nf = r.nf().isEmpty() || r.nf().equals(r.name()) ? "" : " (NF " + r.nf() + ")";
        return label(r.kind()) + " " + r.name() + nf;
    }
}
