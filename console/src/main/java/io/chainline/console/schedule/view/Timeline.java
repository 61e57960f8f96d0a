package io.chainline.console.schedule.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.maintenance.service.MaintenanceCalendar;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.service.ScheduleViews;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar-like strip of the coming days: one lane per maintenance window with its occurrences (green allows, red
 * denies), and a lane of scheduled runs at the time they will really run, each with its reason as a tooltip.
 */
class Timeline extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm");

    Timeline() {
        setId("schedules-timeline");
        setWidthFull();
    }

    void show(MaintenanceCalendar calendar, List<ScheduleViews.ScheduleView> schedules, Instant now, ZoneId zone) {
        removeAll();
        Instant from = now.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant to = from.plus(Duration.ofDays(7));
        add(dayScale(from, zone));
        Map<String, Div> lanes = new LinkedHashMap<>();
        for (MaintenanceCalendar.Occurrence o : calendar.occurrences(from, to)) {
            Div lane = lanes.computeIfAbsent(
                    o.window().name(), name -> lane(name + " (" + o.window().kind() + ")"));
            Div bar = bar(o.start(), o.end(), from, to);
            bar.addClassName(o.window().kind() == WindowKind.ALLOW ? "allow" : "deny");
            bar.getElement()
                    .setAttribute(
                            "title",
                            o.window().name() + ": " + TIME.format(o.start().atZone(zone)) + " – "
                                    + TIME.format(o.end().atZone(zone)) + " " + zone);
            bar.getElement().setAttribute("data-window", o.window().name());
            lane.add(bar);
        }
        Div runs = lane("Scheduled runs");
        runs.setId("timeline-runs");
        for (ScheduleViews.ScheduleView s : schedules) {
            if (s.state() != ScheduleState.ACTIVE || s.nextEffectiveAt().isEmpty()) {
                continue;
            }
            Instant at = s.nextEffectiveAt().get();
            if (at.isBefore(from) || !at.isBefore(to)) {
                continue;
            }
            Div mark = bar(at, at.plus(Duration.ofMinutes(20)), from, to);
            mark.addClassName("run");
            mark.getElement().setAttribute("title", s.name() + " — " + s.effectiveReason());
            mark.getElement().setAttribute("data-schedule", s.name());
            mark.add(new Span(s.name()));
            runs.add(mark);
        }
    }

    private Div dayScale(Instant from, ZoneId zone) {
        Div scale = new Div();
        scale.addClassName("timeline-scale");
        for (int d = 0; d < 7; d++) {
            Span day = new Span(DAY.format(from.plus(Duration.ofDays(d)).atZone(zone)));
            day.getStyle().set("left", (d * 100.0 / 7) + "%");
            scale.add(day);
        }
        return scale;
    }

    /** Adds a lane and answers its track, where bars go (positioned in % of the week). */
    private Div lane(String label) {
        Div lane = new Div();
        lane.addClassName("timeline-lane");
        Span name = new Span(label);
        name.addClassName("timeline-label");
        Div track = new Div();
        track.addClassName("timeline-track");
        lane.add(name, track);
        add(lane);
        return track;
    }

    private static Div bar(Instant start, Instant end, Instant from, Instant to) {
        double span = Duration.between(from, to).toSeconds();
        double left = Math.max(0, Duration.between(from, start).toSeconds()) / span * 100;
        double right = Math.min(span, Duration.between(from, end).toSeconds()) / span * 100;
        Div bar = new Div();
        bar.addClassName("timeline-bar");
        bar.getStyle().set("left", left + "%").set("width", Math.max(0.4, right - left) + "%");
        return bar;
    }
}
