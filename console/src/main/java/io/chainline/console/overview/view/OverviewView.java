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
import io.chainline.console.security.view.ApiPage;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The first screen: what the signed-in user can do, and a way into every area their role opens. The cards follow the
 * navigation (Vaadin's menu entries, already filtered by role) plus the API page, so an area added to the menu is
 * never missing here; {@link #AREAS} only says what each one is for.
 */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public class OverviewView extends VerticalLayout {

    /** What each menu path is for; OverviewAreasTest checks that every @Menu route has a line here. */
    static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("catalog", "Design, validate and exchange VNF descriptors (SOL001, SOL004)."),
            Map.entry("chains", "Compose network services and their forwarding graphs."),
            Map.entry("onboarding", "SOL005 packages and NS descriptors with their findings, and subscriptions."),
            Map.entry("fleet", "Kubernetes clusters, OpenStack clouds and Docker hosts, by architecture."),
            Map.entry("deployments", "Plan, run and watch service chains on the fleet."),
            Map.entry("alarms", "What is wrong now and what was: filter, acknowledge, annotate and export alarms."),
            Map.entry("schedules", "Run jobs later, inside maintenance windows."),
            Map.entry("windows", "When work may touch which targets: allow windows and change freezes."),
            Map.entry("audit", "Who changed what, when and from where."),
            Map.entry("tokens", "Tokens for scripts and pipelines that call the API as you, with a role and expiry."),
            Map.entry("admin/users", "Who may sign in, with which role."));

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
            String path = normalised(entry.path());
            if (!path.isEmpty()) {
                cards.add(card(path, entry.path(), entry.title(), describe(path)));
            }
        }
        Anchor api = card("api", ApiPage.PATH, ApiPage.TITLE, ApiPage.DESCRIPTION);
        api.setRouterIgnore(true); // a page of its own, not a Vaadin route
        cards.add(api);
        add(cards);
    }

    static String normalised(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** A menu area without a description is still listed, under its title, rather than silently left out. */
    static String describe(String path) {
        return AREAS.getOrDefault(path, "");
    }

    private static Anchor card(String id, String href, String title, String description) {
        Anchor card = new Anchor(href, new H3(title));
        if (!description.isEmpty()) {
            card.add(new Paragraph(description));
        }
        card.addClassName("chainline-card");
        card.setId("card-" + id.replace('/', '-'));
        return card;
    }
}
