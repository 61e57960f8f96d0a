package io.chainline.console.schedule.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("schedules")
@PageTitle("Schedules")
@Menu(order = 50, icon = "vaadin:calendar-clock", title = "Schedules")
@RolesAllowed("VIEWER")
public class SchedulesView extends VerticalLayout {

    public SchedulesView() {
        setId("view-schedules");
        add(new EmptyState(
                "No scheduled jobs yet",
                "Schedules run deployment jobs later or regularly, inside maintenance windows, exactly once even with several console replicas.",
                List.of(
                        "One-off and recurring jobs with their time zone and change ticket",
                        "Maintenance windows that allow or deny work per target, site or label",
                        "When each job will really run, and why",
                        "The history of every run")));
    }
}
