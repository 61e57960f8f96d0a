package io.chainline.console.deployment.view;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.base.view.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

@Route("deployments")
@PageTitle("Deployments")
@Menu(order = 40, icon = "vaadin:rocket", title = "Deployments")
@RolesAllowed("VIEWER")
public class DeploymentsView extends VerticalLayout {

    public DeploymentsView() {
        setId("view-deployments");
        add(new EmptyState(
                "Nothing deployed yet",
                "A deployment runs a published service chain on the fleet. Every deployment is planned first: where each VDU goes and why.",
                List.of(
                        "Placement plans that explain each choice: architecture, isolation, capacity, affinity",
                        "Live progress of every job, step by step",
                        "Scale, heal, upgrade, roll back and terminate, each recorded as a job",
                        "Drift between what was deployed and what runs, with reconcile or accept")));
    }
}
