package io.chainline.console.overview.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.base.view.Redraws;
import io.chainline.console.deployment.service.DeploymentEvents;
import io.chainline.console.overview.service.NocBoard;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.ApiPage;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first screen is the NOC wall screen (issue 21): the network's state at a glance, redrawn by Push when alarms or
 * jobs change and every {@link #REFRESH_MILLIS} for what changed on another replica and for the ages it shows. With
 * {@code ?wall} it hides the console's navigation for a screen nobody clicks. Below it, what the user's role allows and
 * a card per area: the cards follow the navigation (Vaadin's menu entries, already filtered by role) plus the API page,
 * so an area added to the menu is never missing here; {@link #AREAS} only says what each one is for.
 */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

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

    /** How often the board re-reads everything, Push or not: other replicas' changes, and ages that move on. */
    static final int REFRESH_MILLIS = 15_000;

    /** The class the console's frame gets in wall mode (overview.css hides its navbar and drawer). */
    static final String WALL_CLASS = "chainline-wall";

    private static final Logger log = LoggerFactory.getLogger(OverviewView.class);

    private static final Map<Role, String> ROLE_MEANING = Map.of(
            Role.VIEWER, "you can read everything and change nothing.",
            Role.OPERATOR, "you can design descriptors and chains, and deploy them.",
            Role.ADMIN, "you can also manage users, targets and settings, and read the audit log.");

    private final NocBoard board;
    private final AlarmSignals alarms;
    private final DeploymentEvents deployments;
    private final Clock clock;
    private final WallBoard wallBoard;
    private final Details areas;
    private final Button wallToggle = new Button();
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private Registration polling;
    private boolean wall;

    public OverviewView(
            CurrentUser currentUser, NocBoard board, AlarmSignals alarms, DeploymentEvents deployments, Clock clock) {
        this.board = board;
        this.alarms = alarms;
        this.deployments = deployments;
        this.clock = clock;
        setId("view-overview");
        addClassName("noc-view");
        wallToggle.setId("noc-wall-toggle");
        wallToggle.addClickListener(e -> UI.getCurrent()
                .navigate(OverviewView.class, wall ? QueryParameters.empty() : QueryParameters.of("wall", "")));
        wallBoard = new WallBoard(wallToggle, ZoneId.systemDefault());
        areas = new Details("Areas", areas(currentUser));
        areas.setId("overview-areas");
        add(wallBoard, areas);
        wall(false);
        refresh();
    }

    private static Div areas(CurrentUser currentUser) {
        Div content = new Div();
        currentUser
                .account()
                .ifPresent(account -> content.add(new Paragraph("Signed in as " + account.username() + " with the "
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
        content.add(cards);
        return content;
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

    /** Reads the network's state again and redraws; when that fails the board keeps its data and says how old. */
    void refresh() {
        try {
            wallBoard.show(board.snapshot());
        } catch (RuntimeException e) {
            log.warn("chainline.overview.refresh-failed error={}", e.toString(), e);
            wallBoard.stale(clock.instant(), "the console could not read the network's state");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        wall(event.getLocation().getQueryParameters().getParameters().containsKey("wall"));
    }

    /** Wall mode: no navigation, header or areas, only the board; the toggle says how to get them back. */
    private void wall(boolean on) {
        wall = on;
        wallToggle.setText(on ? "Exit wall mode" : "Wall mode");
        wallToggle.setTooltipText(
                on
                        ? "Show the console's navigation again"
                        : "Hide the navigation for a wall screen (or open the overview with ?wall)");
        areas.setVisible(!on);
        wallBoard.getElement().getClassList().set("wall", on);
        frame().ifPresent(layout -> {
            layout.getElement().getClassList().set(WALL_CLASS, on);
            if (on) {
                layout.setDrawerOpened(false);
            }
        });
    }

    /** The console's frame around this view, while attached (none in a bare UI). */
    private java.util.Optional<AppLayout> frame() {
        return java.util.Optional.ofNullable(findAncestor(AppLayout.class));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Redraws redraws = new Redraws(ui, this::refresh);
        subscriptions.add(alarms.subscribe(ids -> redraws.changed()));
        subscriptions.add(deployments.subscribeAll(id -> redraws.changed()));
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(e -> refresh());
        wall(wall);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscriptions.forEach(OverviewView::close);
        subscriptions.clear();
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
        // the frame stays for the next view: it must not stay without navigation
        detach.getUI()
                .getChildren()
                .filter(AppLayout.class::isInstance)
                .forEach(layout -> layout.getElement().getClassList().remove(WALL_CLASS));
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a subscription", e);
        }
    }
}
