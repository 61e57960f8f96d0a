package io.chainline.console.maintenance.service;

import io.chainline.console.base.service.Recurrence;
import io.chainline.console.maintenance.domain.WindowKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether work may touch some targets at a given time, and when it next may. A target with allow windows is open only
 * inside one of them; any deny window covering it closes it, whatever allows it (deny wins). A target no window covers
 * is always open. Pure: the caller supplies the windows and the targets' facts.
 */
public final class MaintenanceCalendar {

    /** How far ahead a next opening is looked for. */
    public static final Duration HORIZON = Duration.ofDays(62);

    /** A window as the calendar needs it. */
    public record Window(String name, WindowKind kind, Recurrence recurrence, Duration duration, WindowScope scope) {}

    /** One occurrence of a window: [start, end). */
    public record Occurrence(Window window, Instant start, Instant end) {
        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }

    /**
     * The answer for a set of targets at one instant.
     *
     * @param reasons why it is closed (or, when open, which allow window opened it); never empty
     * @param nextOpening when open: the instant asked about; when closed: the next instant it opens, if within the
     *     horizon
     */
    public record Verdict(boolean open, List<String> reasons, Optional<Instant> nextOpening) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    private final List<Window> windows;

    public MaintenanceCalendar(List<Window> windows) {
        this.windows = List.copyOf(windows);
    }

    public List<Window> windows() {
        return windows;
    }

    /** The occurrence of a window that contains {@code at}, if one does. */
    public static Optional<Occurrence> occurrenceAt(Window window, Instant at) {
        return window.recurrence()
                .nextAfter(at.minus(window.duration()))
                .filter(start -> !start.isAfter(at))
                .map(start -> new Occurrence(window, start, start.plus(window.duration())));
    }

    /** Every occurrence of the covering windows that overlaps [from, to), earliest first. */
    public List<Occurrence> occurrences(Instant from, Instant to) {
        List<Occurrence> all = new ArrayList<>();
        for (Window w : windows) {
            Instant cursor = from.minus(w.duration());
            for (int i = 0; i < 5_000; i++) {
                Optional<Instant> start = w.recurrence().nextAfter(cursor);
                if (start.isEmpty() || !start.get().isBefore(to)) {
                    break;
                }
                all.add(new Occurrence(w, start.get(), start.get().plus(w.duration())));
                cursor = start.get();
            }
        }
        all.sort(java.util.Comparator.comparing(Occurrence::start));
        return all;
    }

    public Verdict verdict(List<WindowScope.TargetFacts> targets, Instant at, ZoneId shownIn) {
        List<String> closed = closedReasons(targets, at, shownIn);
        if (closed.isEmpty()) {
            return new Verdict(true, openReasons(targets, at, shownIn), Optional.of(at));
        }
        return new Verdict(false, closed, nextOpening(targets, at, shownIn));
    }

    private Optional<Instant> nextOpening(List<WindowScope.TargetFacts> targets, Instant from, ZoneId zone) {
        Instant until = from.plus(HORIZON);
        TreeSet<Instant> candidates = new TreeSet<>();
        for (Occurrence o : occurrences(from, until)) {
            if (covering(o.window(), targets)) {
                candidates.add(o.window().kind() == WindowKind.ALLOW ? o.start() : o.end());
            }
        }
        return candidates.stream()
                .filter(t -> t.isAfter(from))
                .filter(t -> closedReasons(targets, t, zone).isEmpty())
                .findFirst();
    }

    private List<String> closedReasons(List<WindowScope.TargetFacts> targets, Instant at, ZoneId zone) {
        List<String> reasons = new ArrayList<>();
        for (WindowScope.TargetFacts target : targets) {
            boolean hasAllow = false;
            boolean inAllow = false;
            for (Window w : windows) {
                if (!w.scope().covers(target)) {
                    continue;
                }
                Optional<Occurrence> now = occurrenceAt(w, at);
                if (w.kind() == WindowKind.DENY && now.isPresent()) {
                    reasons.add(target.name() + " is inside deny window '" + w.name() + "' until "
                            + TIME.format(now.get().end().atZone(zone)) + " " + zone);
                }
                if (w.kind() == WindowKind.ALLOW) {
                    hasAllow = true;
                    inAllow |= now.isPresent();
                }
            }
            if (hasAllow && !inAllow) {
                reasons.add(target.name() + " is outside its allow windows (" + String.join(", ", allowNames(target))
                        + ")");
            }
        }
        return reasons;
    }

    private List<String> openReasons(List<WindowScope.TargetFacts> targets, Instant at, ZoneId zone) {
        List<String> reasons = new ArrayList<>();
        for (WindowScope.TargetFacts target : targets) {
            windows.stream()
                    .filter(w -> w.kind() == WindowKind.ALLOW && w.scope().covers(target))
                    .map(w -> occurrenceAt(w, at))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(o -> reasons.add(target.name() + " is inside allow window '"
                            + o.window().name() + "' until "
                            + TIME.format(o.end().atZone(zone)) + " " + zone));
        }
        if (reasons.isEmpty()) {
            reasons.add("no maintenance window restricts " + names(targets));
        }
        return reasons;
    }

    private List<String> allowNames(WindowScope.TargetFacts target) {
        return windows.stream()
                .filter(w -> w.kind() == WindowKind.ALLOW && w.scope().covers(target))
                .map(Window::name)
                .toList();
    }

    private static boolean covering(Window w, List<WindowScope.TargetFacts> targets) {
        return targets.stream().anyMatch(w.scope()::covers);
    }

    private static String names(List<WindowScope.TargetFacts> targets) {
        return targets.isEmpty()
                ? "these targets"
                : String.join(
                        ", ",
                        targets.stream().map(WindowScope.TargetFacts::name).toList());
    }
}
