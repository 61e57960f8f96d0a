package io.chainline.console.chain.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("chains")
@PageTitle("Service chains")
@Menu(order = 20, icon = "vaadin:connect", title = "Service chains")
@RolesAllowed("VIEWER")
public class ChainsView extends VerticalLayout {

    public ChainsView() {
        setId("view-chains");
        add(new EmptyState(
                "No service chains yet",
                "A service chain is a network service: published VNFs joined by virtual links, with forwarding graphs that steer traffic through them, such as classifier, firewall, router, VPN.",
                List.of(
                        "Network service descriptors (SOL001 NSD) built from published VNF versions",
                        "Forwarding graphs and paths with their classifier rules",
                        "The chain drawn as a picture, later coloured by live state",
                        "Import and export as standard NSDs")));
    }
}
