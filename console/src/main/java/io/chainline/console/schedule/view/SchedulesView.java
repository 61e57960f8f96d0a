package io.chainline.console.schedule.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.chainline.console.base.view.EmptyState;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.view.DeploymentView;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.schedule.domain.ScheduleState;
import io.chainline.console.schedule.service.ScheduleService;
import io.chainline.console.schedule.service.ScheduleViews.RunView;
import io.chainline.console.schedule.service.ScheduleViews.ScheduleView;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled jobs with when they are due and when they will really run (and why), the week's timeline of maintenance
 * windows and runs, and the history of every run with a link to its job. Refreshes itself, so runs fired by another
 * console replica show up too.
 */
@Route("schedules")
@PageTitle("Schedules")
@Menu(order = 50, icon = "vaadin:calendar-clock", title = "Schedules")
@RolesAllowed(Role.VIEWER_NAME)
public class SchedulesView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z");

    private final ScheduleService schedules;
    private final WindowService windows;
    private final Clock clock;
    private final boolean operator;
    private final Grid<ScheduleView> grid = new Grid<>(ScheduleView.class, false);
    private final Grid<RunView> history = new Grid<>(RunView.class, false);
    private final Timeline timeline = new Timeline();
    private final EmptyState empty = new EmptyState(
            "No scheduled jobs yet",
            "Schedules run deployment jobs later or regularly, inside maintenance windows, exactly once even with"
                    + " several console replicas.",
            List.of(
                    "One-off and recurring jobs with their time zone and change ticket",
                    "Maintenance windows that allow or deny work per target, site or label",
                    "When each job will really run, and why",
                    "The history of every run"));
    private Registration polling;

    public SchedulesView(
            ScheduleService schedules,
            WindowService windows,
            DeploymentQueries deployments,
            ChainService chains,
            CurrentUser user,
            Clock clock) {
        this.schedules = schedules;
        this.windows = windows;
        this.clock = clock;
        setId("view-schedules");
        setSizeFull();
        operator = user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        boolean admin = user.account().map(a -> a.role().includes(Role.ADMIN)).orElse(false);
        if (operator) {
            add(new HorizontalLayout(newSchedule(deployments, chains, user, admin)));
        }
        configureGrid(user);
        configureHistory();
        add(grid, new H3("This week"), timeline, new H3("Runs"), history, empty);
        refresh();
    }

    /** Offers every deployment and published chain; says what the saved schedule will do and when. */
    private Button newSchedule(DeploymentQueries deployments, ChainService chains, CurrentUser user, boolean admin) {
        Button create = new Button(
                "New schedule…",
                e -> new ScheduleDialog(
                                deployments.list(),
                                chains.list().stream()
                                        .filter(c -> c.state() == DescriptorState.PUBLISHED)
                                        .toList(),
                                admin,
                                request -> {
                                    ScheduleView saved = schedules.create(
                                            request, user.username().orElseThrow(), admin);
                                    Notification.show(
                                            saved.name() + ": " + saved.effectiveReason(),
                                            6000,
                                            Notification.Position.BOTTOM_START);
                                    refresh();
                                })
                        .open());
        create.setId("schedules-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private void configureGrid(CurrentUser user) {
        grid.setId("schedules-grid");
        grid.addColumn(ScheduleView::name).setHeader("Schedule").setAutoWidth(true);
        grid.addColumn(ScheduleView::job).setHeader("Job").setAutoWidth(true);
        grid.addColumn(ScheduleView::recurrence).setHeader("When").setAutoWidth(true);
        grid.addColumn(s -> time(s.nextNominalAt(), s.zone())).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    Span effective = new Span(time(s.nextEffectiveAt(), s.zone()));
                    effective.addClassName("schedule-effective");
                    effective.getElement().setAttribute("title", s.effectiveReason());
                    Span why = new Span(s.effectiveReason());
                    why.addClassName("schedule-reason");
                    why.getStyle()
                            .set("font-size", "0.8em")
                            .set("display", "block")
                            .set("white-space", "normal");
                    return new VerticalLayout(effective, why);
                })
                .setHeader("Runs at (and why)")
                .setWidth("26em")
                .setFlexGrow(3);
        grid.addComponentColumn(
                        s -> badge(Labels.of(s.state()), s.state() == ScheduleState.PAUSED ? "error" : "success"))
                .setHeader("State");
        grid.addColumn(ScheduleView::ticket).setHeader("Ticket");
        grid.addColumn(ScheduleView::owner).setHeader("Owner");
        if (operator) {
            grid.addComponentColumn(s -> actions(s, user)).setHeader("").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(ScheduleView s, CurrentUser user) {
        String actor = user.username().orElseThrow();
        HorizontalLayout cell = new HorizontalLayout();
        if (s.state() == ScheduleState.ACTIVE) {
            cell.add(small("Pause", () -> schedules.pause(s.id(), "paused by " + actor, actor)));
        }
        if (s.state() == ScheduleState.PAUSED) {
            Button resume = small("Resume", () -> schedules.resume(s.id(), actor));
            resume.getElement().setAttribute("title", s.stateReason());
            cell.add(resume);
        }
        Button delete = small("Delete", () -> schedules.delete(s.id(), actor));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cell.add(delete);
        return cell;
    }

    private Button small(String label, Runnable action) {
        Button button = new Button(label, e -> {
            action.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("schedule-" + label.toLowerCase());
        return button;
    }

    private void configureHistory() {
        history.setId("schedules-history");
        history.addColumn(RunView::scheduleName).setHeader("Schedule").setAutoWidth(true);
        history.addColumn(r -> TIME.format(r.nominalAt().atZone(ZoneId.of("UTC"))))
                .setHeader("Due (UTC)");
        history.addColumn(r -> TIME.format(r.startedAt().atZone(ZoneId.of("UTC"))))
                .setHeader("Started");
        history.addColumn(r -> r.endedAt()
                        .map(t -> TIME.format(t.atZone(ZoneId.of("UTC"))))
                        .orElse(""))
                .setHeader("Ended");
        history.addComponentColumn(r -> badge(Labels.of(r.result()), r.result().failed() ? "error" : "success"))
                .setHeader("Result");
        history.addComponentColumn(r -> r.deploymentId()
                        .<com.vaadin.flow.component.Component>map(id -> new RouterLink(
                                "job "
                                        + r.jobId()
                                                .map(j -> j.toString().substring(0, 8))
                                                .orElse(""),
                                DeploymentView.class,
                                new RouteParameters("id", id.toString())))
                        .orElseGet(() -> new Span("")))
                .setHeader("Job (events)");
        history.addColumn(RunView::executedBy).setHeader("Console").setAutoWidth(true);
        history.addColumn(RunView::detail).setHeader("Detail").setFlexGrow(3);
        history.setAllRowsVisible(true);
    }

    private void refresh() {
        List<ScheduleView> all = schedules.list();
        grid.setItems(all);
        List<RunView> runs = schedules.history().stream().limit(50).toList();
        history.setItems(runs);
        timeline.show(windows.calendar(), all, clock.instant(), ZoneId.of("UTC"));
        grid.setVisible(!all.isEmpty());
        history.setVisible(!runs.isEmpty());
        empty.setVisible(all.isEmpty() && runs.isEmpty());
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private static String time(Optional<Instant> at, String zone) {
        return at.map(t -> TIME.format(t.atZone(ZoneId.of(zone)))).orElse("—");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(3000);
        polling = attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
    }
}
