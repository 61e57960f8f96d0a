package io.chainline.console.maintenance.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.Confirm;
import io.chainline.console.base.view.EmptyState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.maintenance.domain.WindowKind;
import io.chainline.console.maintenance.service.WindowService;
import io.chainline.console.maintenance.service.WindowSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Maintenance windows: every operator sees them; administrators define them, since they bind everyone. */
@Route("windows")
@PageTitle("Maintenance windows")
@Menu(order = 55, icon = "vaadin:calendar", title = "Maintenance windows")
@RolesAllowed(Role.VIEWER_NAME)
public class WindowsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z");

    private final WindowService windows;
    private final Grid<WindowSummary> grid = new Grid<>(WindowSummary.class, false);
    private final EmptyState empty = new EmptyState(
            "No maintenance windows",
            "Without windows, jobs may touch any target at any time. Allow windows open targets only while they"
                    + " last; deny windows (change freezes) close them, and win over allow windows.",
            List.of(
                    "Recurring by cron or RRULE, in the time zone of the site",
                    "Scoped to targets, sites or labels",
                    "Scheduled jobs wait for the next opening, or are refused, as each schedule says"));

    public WindowsView(WindowService windows, FleetService fleet, CurrentUser user) {
        this.windows = windows;
        setId("view-windows");
        setSizeFull();
        boolean admin = user.account().map(a -> a.role().includes(Role.ADMIN)).orElse(false);
        if (admin) {
            add(new HorizontalLayout(newWindow(fleet, user.username().orElseThrow())));
        }
        configureGrid(admin, user);
        add(grid, empty);
        refresh();
    }

    private Button newWindow(FleetService fleet, String actor) {
        Button create = new Button(
                "New window…",
                e -> new WindowDialog(
                                fleet.list().stream().map(TargetSummary::name).toList(), request -> {
                                    windows.create(request, actor);
                                    refresh();
                                })
                        .open());
        create.setId("windows-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private static Span kindBadge(WindowSummary w) {
        Span badge = new Span(w.kind() == WindowKind.ALLOW ? "Allow" : "Deny");
        badge.getElement().getThemeList().add("badge " + (w.kind() == WindowKind.ALLOW ? "success" : "error"));
        return badge;
    }

    private void configureGrid(boolean admin, CurrentUser user) {
        grid.setId("windows-grid");
        grid.addColumn(WindowSummary::name).setHeader("Window").setAutoWidth(true);
        grid.addComponentColumn(WindowsView::kindBadge).setHeader("Kind");
        grid.addColumn(WindowSummary::schedule).setHeader("When").setAutoWidth(true);
        grid.addColumn(w -> w.scope().describe()).setHeader("Covers").setAutoWidth(true);
        grid.addColumn(w ->
                        w.nextStart() == null ? "—" : TIME.format(w.nextStart().atZone(ZoneId.of(w.zone()))))
                .setHeader("Next start");
        grid.addColumn(WindowSummary::description).setHeader("Description").setFlexGrow(2);
        if (admin) {
            String actor = user.username().orElseThrow();
            grid.addComponentColumn(w -> {
                        Button delete = new Button("Delete", e -> confirmDelete(w, actor));
                        delete.setId("window-delete-" + w.id());
                        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                        return delete;
                    })
                    .setHeader("");
        }
        grid.setAllRowsVisible(true);
    }

    // Deleting a window changes when scheduled jobs may run, so it is asked first and says so.
    private void confirmDelete(WindowSummary w, String actor) {
        String effect = w.kind() == WindowKind.ALLOW
                ? "Scheduled jobs that wait for this window will no longer find it open and may slip to another one."
                : "Jobs on the targets it covers will no longer be held back by it.";
        Confirm.destructive("Delete window " + w.name() + "?", effect, "Delete window", () -> {
            windows.delete(w.id(), w.version(), actor);
            refresh();
        });
    }

    private void refresh() {
        List<WindowSummary> all = windows.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
