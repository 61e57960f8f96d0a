package io.chainline.console.audit.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("audit")
@PageTitle("Audit")
@Menu(order = 80, icon = "vaadin:records", title = "Audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    public AuditView() {
        setId("view-audit");
        add(new EmptyState(
                "No audit records yet",
                "The audit log records every change made through the console or the API: who, when, from where, and what changed.",
                List.of(
                        "Every change with its before and after summary",
                        "Filters by user, area and time",
                        "CSV export for compliance reviews")));
    }
}
