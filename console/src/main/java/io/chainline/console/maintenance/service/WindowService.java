package io.chainline.console.maintenance.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.Recurrence;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.maintenance.domain.MaintenanceWindow;
import io.chainline.console.maintenance.domain.MaintenanceWindowRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Maintenance windows: defining them, and answering whether (and when) work may touch some targets. */
@Service
public class WindowService {

    private static final int MAX_DURATION_MINUTES = 14 * 24 * 60;

    private final MaintenanceWindowRepository windows;
    private final FleetService fleet;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    WindowService(
            MaintenanceWindowRepository windows,
            FleetService fleet,
            AuditLog audit,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.windows = windows;
        this.fleet = fleet;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public List<WindowSummary> list() {
        Instant now = clock.instant();
        return tx.execute(s -> windows.findAllByOrderByNameAsc().stream()
                .map(w -> toSummary(w, now))
                .toList());
    }

    public WindowSummary get(UUID id) {
        return tx.execute(s -> toSummary(load(id), clock.instant()));
    }

    public WindowSummary create(WindowRequest request, String actor) {
        validate(request);
        UUID id = UUID.randomUUID();
        WindowSummary saved = tx.execute(s -> {
            if (windows.existsByNameIgnoreCase(request.name())) {
                throw new ChainlineException(
                        "WINDOW-NAME-TAKEN",
                        Category.CONFLICT,
                        "A window named " + request.name() + " exists; choose another name.");
            }
            MaintenanceWindow w = new MaintenanceWindow(id, actor, clock.instant());
            apply(w, request);
            windows.saveAndFlush(w);
            audit.record(actor, "window.created", "window", id.toString(), summary(request));
            events.publishEvent(new WindowsChanged(actor, id));
            return toSummary(w, clock.instant());
        });
        return saved;
    }

    public WindowSummary update(UUID id, long readVersion, WindowRequest request, String actor) {
        validate(request);
        WindowSummary saved = tx.execute(s -> {
            MaintenanceWindow w = load(id);
            requireVersion(w, readVersion);
            if (!w.getName().equalsIgnoreCase(request.name()) && windows.existsByNameIgnoreCase(request.name())) {
                throw new ChainlineException(
                        "WINDOW-NAME-TAKEN",
                        Category.CONFLICT,
                        "A window named " + request.name() + " exists; choose another name.");
            }
            String before = summary(w);
            apply(w, request);
            w.touch(actor, clock.instant());
            windows.saveAndFlush(w);
            audit.record(actor, "window.updated", "window", id.toString(), before + " → " + summary(request));
            events.publishEvent(new WindowsChanged(actor, id));
            return toSummary(w, clock.instant());
        });
        return saved;
    }

    public void delete(UUID id, long readVersion, String actor) {
        tx.executeWithoutResult(s -> {
            MaintenanceWindow w = load(id);
            requireVersion(w, readVersion);
            windows.delete(w);
            audit.record(actor, "window.deleted", "window", id.toString(), summary(w));
            events.publishEvent(new WindowsChanged(actor, id));
        });
    }

    /** The calendar of every window, for the timeline and for verdicts. */
    public MaintenanceCalendar calendar() {
        return new MaintenanceCalendar(tx.execute(
                s -> windows.findAll().stream().map(WindowService::window).toList()));
    }

    /** Whether work may touch these targets (by id) at {@code at}; reasons shown in {@code zone}. */
    public MaintenanceCalendar.Verdict verdict(Collection<UUID> targetIds, Instant at, ZoneId zone) {
        Set<UUID> ids = Set.copyOf(targetIds);
        List<WindowScope.TargetFacts> facts = fleet.list().stream()
                .filter(t -> ids.contains(t.id()))
                .map(WindowService::facts)
                .toList();
        return calendar().verdict(facts, at, zone);
    }

    public static WindowScope.TargetFacts facts(TargetSummary target) {
        return new WindowScope.TargetFacts(target.name(), target.site(), target.labels());
    }

    private void validate(WindowRequest r) {
        if (r.name().isEmpty() || r.name().length() > 100) {
            throw new ChainlineException(
                    "WINDOW-NAME-INVALID", Category.INVALID, "Give the window a name of 1 to 100 characters.");
        }
        if (r.durationMinutes() <= 0 || r.durationMinutes() > MAX_DURATION_MINUTES) {
            throw new ChainlineException(
                    "WINDOW-DURATION-INVALID",
                    Category.INVALID,
                    "A window lasts from 1 minute to 14 days; " + r.durationMinutes() + " minutes was given.");
        }
        Recurrence.of(r.recurrence(), r.expression(), start(r), r.zone());
        if (r.recurrence() != RecurrenceKind.CRON && r.startsLocal() == null) {
            throw new ChainlineException(
                    "WINDOW-START-REQUIRED",
                    Category.INVALID,
                    "A " + r.recurrence() + " window needs its first start (local date and time).");
        }
        Set<String> known = fleet.list().stream().map(TargetSummary::name).collect(Collectors.toSet());
        List<String> unknown =
                r.targets().stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new ChainlineException(
                    "WINDOW-TARGET-UNKNOWN",
                    Category.INVALID,
                    "No target named " + unknown + "; the fleet has "
                            + known.stream().sorted().toList() + ".");
        }
    }

    private LocalDateTime start(WindowRequest r) {
        return r.startsLocal() != null
                ? r.startsLocal()
                : LocalDateTime.ofInstant(clock.instant(), Recurrence.zone(r.zone()))
                        .truncatedTo(ChronoUnit.MINUTES);
    }

    private void apply(MaintenanceWindow w, WindowRequest r) {
        w.define(
                r.name(),
                r.kind(),
                r.recurrence(),
                r.expression(),
                start(r),
                Recurrence.zone(r.zone()).getId(),
                r.durationMinutes(),
                String.join("\n", r.targets()),
                String.join("\n", r.sites()),
                new TreeMap<>(r.labels())
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("\n")),
                r.description());
    }

    static MaintenanceCalendar.Window window(MaintenanceWindow w) {
        return new MaintenanceCalendar.Window(
                w.getName(),
                w.getKind(),
                Recurrence.of(w.getRecurrenceKind(), w.getExpression(), w.getStartsLocal(), w.getZoneId()),
                Duration.ofMinutes(w.getDurationMinutes()),
                scope(w));
    }

    static WindowScope scope(MaintenanceWindow w) {
        Map<String, String> labels = new TreeMap<>();
        for (String line : lines(w.getScopeLabels())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                labels.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new WindowScope(lines(w.getScopeTargets()), lines(w.getScopeSites()), labels);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    private static WindowSummary toSummary(MaintenanceWindow w, Instant now) {
        MaintenanceCalendar.Window window = window(w);
        return new WindowSummary(
                w.getId(),
                w.getName(),
                w.getKind(),
                w.getRecurrenceKind(),
                w.getExpression(),
                w.getStartsLocal(),
                w.getZoneId(),
                w.getDurationMinutes(),
                window.scope(),
                w.getDescription(),
                window.recurrence().describe() + " for " + w.getDurationMinutes() + " min",
                window.recurrence().nextAfter(now).orElse(null),
                w.getUpdatedBy(),
                w.getUpdatedAt(),
                w.getVersion());
    }

    private static String summary(WindowRequest r) {
        return r.kind() + " " + r.name() + ": " + r.recurrence() + " '" + r.expression() + "' " + r.zone() + " for "
                + r.durationMinutes() + " min on " + r.scope().describe();
    }

    private static String summary(MaintenanceWindow w) {
        return w.getKind() + " " + w.getName() + ": " + w.getRecurrenceKind() + " '" + w.getExpression() + "' "
                + w.getZoneId() + " for " + w.getDurationMinutes() + " min on " + scope(w).describe();
    }

    private MaintenanceWindow load(UUID id) {
        return windows.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "WINDOW-NOT-FOUND", Category.NOT_FOUND, "No maintenance window " + id + "."));
    }

    private static void requireVersion(MaintenanceWindow w, long readVersion) {
        if (w.getVersion() != readVersion) {
            throw new ChainlineException(
                    "WINDOW-CONFLICT",
                    Category.CONFLICT,
                    w.getName() + " was changed by " + w.getUpdatedBy()
                            + " after you opened it; reload it, then repeat your change.");
        }
    }
}
