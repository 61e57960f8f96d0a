package io.chainline.console.deployment.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.view.AlarmBadges;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.LiveStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The deployment page's status sections, each saying how old it is: what runs (as of its last observation) and what
 * drifted (as of its last check). A terminated deployment shows neither: nothing of it runs, so there is nothing to
 * observe and nothing to drift.
 */
final class StatusSections {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("UTC"));

    private StatusSections() {}

    /** @param age receives the "as of" line, which the page updates alone when a new observation found the same */
    static VerticalLayout live(
            DeploymentViews.DeploymentDetail detail,
            Clock clock,
            java.util.function.Consumer<Span> age,
            AlarmQueries.Worst alarms) {
        VerticalLayout section = section("Live");
        LiveStatus.Live seen = detail.live();
        if (detail.summary().state() == DeploymentState.TERMINATED) {
            section.add(note("deployment-live-none", "Nothing of it runs: it is terminated."));
            return section;
        }
        if (seen.at().equals(Instant.EPOCH)) {
            section.add(note("deployment-live-none", "Not observed yet."));
            return section;
        }
        Span asOf = age("deployment-live-age", "as of", seen.at(), clock);
        age.accept(asOf);
        section.add(asOf);
        section.add(liveGrid(seen, alarms));
        seen.errors().forEach(e -> section.add(new Paragraph("⚠ " + e)));
        if (!seen.events().isEmpty()) {
            UnorderedList list = new UnorderedList();
            seen.events().stream().limit(10).forEach(e -> list.add(new ListItem(e)));
            section.add(list);
        }
        return section;
    }

    /** What runs, per workload: its state, readiness, why not ready, and its worst active alarm. */
    private static Grid<LiveStatus.WorkloadState> liveGrid(LiveStatus.Live seen, AlarmQueries.Worst alarms) {
        Grid<LiveStatus.WorkloadState> grid = new Grid<>(LiveStatus.WorkloadState.class, false);
        grid.setId("deployment-live");
        grid.addColumn(LiveStatus.WorkloadState::workload).setHeader("Workload").setAutoWidth(true);
        grid.addColumn(LiveStatus.WorkloadState::target).setHeader("Target");
        grid.addComponentColumn(w -> Badges.of(w.state())).setHeader("State");
        grid.addComponentColumn(w -> alarms.resource(w.workload())
                        .<Component>map(AlarmBadges::of)
                        .orElseGet(Span::new))
                .setHeader("Alarm");
        grid.addColumn(w -> w.ready() + " / " + w.desired()).setHeader("Ready");
        grid.addColumn(LiveStatus.WorkloadState::message)
                .setHeader("Why not ready")
                .setFlexGrow(3);
        grid.setItems(seen.workloads());
        grid.setAllRowsVisible(true);
        return grid;
    }

    static VerticalLayout drift(DeploymentViews.DeploymentDetail detail, Clock clock) {
        VerticalLayout section = section("Drift");
        if (detail.summary().state() == DeploymentState.TERMINATED) {
            section.add(note("deployment-drift-none", "Nothing runs, so nothing can drift."));
            return section;
        }
        if (detail.driftCheckedAt().isEmpty()) {
            List<String> notRunning = notRunningSince(detail, Instant.EPOCH);
            section.add(
                    notRunning.isEmpty()
                            ? note("deployment-drift-none", "Not checked yet.")
                            : note(
                                    "deployment-drift-stale",
                                    "Not checked yet, and the live state shows " + String.join(", ", notRunning)
                                            + " not running. Check drift to compare, then reconcile or heal."));
            return section;
        }
        section.add(
                age("deployment-drift-age", "checked", detail.driftCheckedAt().get(), clock));
        if (detail.drift().isEmpty()) {
            List<String> notRunning =
                    notRunningSince(detail, detail.driftCheckedAt().get());
            if (!notRunning.isEmpty()) {
                // never "no drift" under a newer live state that says otherwise: say which is older, and what to do
                section.add(note(
                        "deployment-drift-stale",
                        "No drift at that check, but the newer live state shows " + String.join(", ", notRunning)
                                + " not running. Check drift to compare again, then reconcile or heal."));
                return section;
            }
            section.add(note("deployment-drift-none", "No drift: every target runs what was deployed."));
            return section;
        }
        section.add(driftFound(detail));
        return section;
    }

    /** The drift the last check found: how much, and each difference on its target. */
    private static Component[] driftFound(DeploymentViews.DeploymentDetail detail) {
        Span badge = new Span(detail.drift().size() + " drifted");
        badge.setId("deployment-drift-badge");
        badge.getElement().getThemeList().add("badge error");
        UnorderedList list = new UnorderedList();
        list.setId("deployment-drift-list");
        detail.drift()
                .forEach(d ->
                        list.add(new ListItem(d.targetName() + ": " + d.change().toLowerCase() + " " + d.resource()
                                + (d.differences().isEmpty() ? "" : " — " + String.join("; ", d.differences())))));
        return new Component[] {badge, list};
    }

    /** The workloads a live observation newer than {@code since} found not ready. */
    static List<String> notRunningSince(DeploymentViews.DeploymentDetail detail, Instant since) {
        LiveStatus.Live seen = detail.live();
        if (!seen.at().isAfter(since)) {
            return List.of();
        }
        return seen.workloads().stream()
                .filter(w -> w.state() != LiveStatus.State.READY)
                .map(LiveStatus.WorkloadState::workload)
                .toList();
    }

    /** "as of 14:02:11 UTC (12 s ago)". */
    static String ago(String verb, Instant at, Instant now) {
        long seconds = Math.max(0, Duration.between(at, now).toSeconds());
        String age = seconds < 60
                ? seconds + " s ago"
                : seconds < 3600 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
        return verb + " " + TIME.format(at) + " UTC (" + age + ")";
    }

    private static Span age(String id, String verb, Instant at, Clock clock) {
        Span span = new Span(ago(verb, at, clock.instant()));
        span.setId(id);
        span.getElement().setAttribute("data-at", at.toString());
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private static VerticalLayout section(String title) {
        HorizontalLayout head = new HorizontalLayout(new H4(title));
        VerticalLayout section = new VerticalLayout(head);
        section.setPadding(false);
        return section;
    }
}
