package io.chainline.console.overview.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The first screen: what the signed-in user can do, and a way into each area their role opens. */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
public class OverviewView extends VerticalLayout {

    private static final Map<String, String> AREAS = Map.of(
            "catalog", "Design, validate and exchange VNF descriptors (SOL001, SOL004).",
            "chains", "Compose network services and their forwarding graphs.",
            "fleet", "Kubernetes clusters, OpenStack clouds and Docker hosts, by architecture.",
            "deployments", "Plan, run and watch service chains on the fleet.",
            "schedules", "Run jobs later, inside maintenance windows.",
            "windows", "When work may touch which targets: allow windows and change freezes.",
            "audit", "Who changed what, when and from where.",
            "admin/users", "Who may sign in, with which role.");

    private static final Map<Role, String> ROLE_MEANING = Map.of(
            Role.VIEWER, "you can read everything and change nothing.",
            Role.OPERATOR, "you can design descriptors and chains, and deploy them.",
            Role.ADMIN, "you can also manage users, targets and settings, and read the audit log.");

    public OverviewView(CurrentUser currentUser) {
        setId("view-overview");
        currentUser
                .account()
                .ifPresent(account -> add(new Paragraph("Signed in as " + account.username() + " with the "
                        + account.role().label() + " role: " + ROLE_MEANING.get(account.role()))));
        Div cards = new Div();
        cards.addClassName("chainline-cards");
        cards.setId("overview-cards");
        cards.setWidthFull();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String description = AREAS.get(entry.path().replaceAll("^/+", ""));
            if (description != null) {
                Anchor card = new Anchor(entry.path(), new H3(entry.title()), new Paragraph(description));
                card.addClassName("chainline-card");
                cards.add(card);
            }
        }
        add(cards);
    }
}
