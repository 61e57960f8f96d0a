package io.chainline.console.fleet.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("fleet")
@PageTitle("Fleet")
@Menu(order = 30, icon = "vaadin:server", title = "Fleet")
@RolesAllowed("VIEWER")
public class FleetView extends VerticalLayout {

    public FleetView() {
        setId("view-fleet");
        add(new EmptyState(
                "No targets registered yet",
                "The fleet is where chains run: Kubernetes clusters, OpenStack clouds and Docker hosts or Swarms, with mixed arm64 and amd64 nodes.",
                List.of(
                        "Targets with their health, site and region labels",
                        "Nodes grouped by CPU architecture, with capacity and readiness",
                        "Kubernetes runtime classes, so Kata-sandboxed functions are placed only where they can run",
                        "Credentials stored encrypted and never shown back")));
    }
}
