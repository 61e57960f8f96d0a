package io.chainline.console.fleet.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Platform;
import io.chainline.console.base.view.EmptyState;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.fleet.service.FleetPlatforms;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.NodeView;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fleet: every target with its health, nodes per architecture and capacity; for the chosen one its nodes grouped
 * by architecture and its runtime classes. Admins register, change, test and remove targets.
 */
@Route("fleet")
@PageTitle("Fleet")
@Menu(order = 30, icon = "vaadin:server", title = "Fleet")
@RolesAllowed(Role.VIEWER_NAME)
public class FleetView extends VerticalLayout {

    private final FleetService fleet;
    private final FleetPlatforms platforms;
    private final CurrentUser user;
    private final Clock clock;
    private final boolean admin;
    private final Grid<TargetSummary> grid = new Grid<>(TargetSummary.class, false);
    private final VerticalLayout detail = new VerticalLayout();
    private final EmptyState empty = new EmptyState(
            "No targets registered yet",
            "The fleet is where chains run: Kubernetes clusters, OpenStack clouds and Docker hosts or Swarms, with"
                    + " mixed arm64 and amd64 nodes. To run the demo vCPE on this machine, register its Docker or"
                    + " podman engine (unix:///var/run/docker.sock, or podman's socket).",
            List.of(
                    "Targets with their health, site and region labels",
                    "Nodes grouped by CPU architecture, with capacity and readiness",
                    "Kubernetes runtime classes, so Kata-sandboxed functions are placed only where they can run",
                    "Credentials stored encrypted and never shown back"));

    public FleetView(FleetService fleet, FleetPlatforms platforms, CurrentUser user, Clock clock) {
        this.fleet = fleet;
        this.platforms = platforms;
        this.user = user;
        this.clock = clock;
        this.admin = user.account().map(a -> a.role().includes(Role.ADMIN)).orElse(false);
        setId("view-fleet");
        setSizeFull();
        HorizontalLayout toolbar = new HorizontalLayout();
        if (admin) {
            Button register =
                    new Button("Register target…", e -> dialog(Optional.empty()).open());
            register.setId("fleet-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(register);
        }
        grid.setId("fleet-grid");
        grid.addColumn(TargetSummary::name).setHeader("Target").setAutoWidth(true);
        grid.addColumn(t -> platforms.label(t.kind())).setHeader("Kind");
        grid.addColumn(t -> String.join(
                        " / ",
                        List.of(t.site(), t.region()).stream()
                                .filter(s -> !s.isBlank())
                                .toList()))
                .setHeader("Site / region");
        grid.addComponentColumn(this::health).setHeader("Health");
        grid.addColumn(TargetSummary::architectureCounts)
                .setHeader("Nodes by architecture")
                .setAutoWidth(true);
        grid.addColumn(TargetSummary::capacity).setHeader("Capacity").setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.runtimeClasses())).setHeader("Runtime classes");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("fleet-detail");
        detail.setPadding(false);
        add(toolbar, empty, grid, detail);
        refresh();
    }

    private void refresh() {
        List<TargetSummary> all = fleet.list();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }

    /** A test made in the dialog is recorded even when it is cancelled, so the grid is read again on close. */
    private TargetDialog dialog(Optional<TargetSummary> target) {
        TargetDialog dialog = new TargetDialog(fleet, platforms, target, actor(), this::registered);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        return dialog;
    }

    private void registered(TargetSummary target) {
        refresh();
        select(target);
    }

    private void select(TargetSummary target) {
        grid.select(fleet.list().stream()
                .filter(t -> t.id().equals(target.id()))
                .findFirst()
                .orElse(null));
    }

    private void show(TargetSummary target) {
        detail.removeAll();
        if (target == null) {
            return;
        }
        Paragraph result = new Paragraph(target.healthMessage());
        result.setId("fleet-check-result");
        Paragraph endpoint = new Paragraph(platforms.label(target.kind()) + " at " + target.endpoint()
                + (target.serverVersion().isBlank() ? "" : " · " + target.serverVersion())
                + (target.syncMessage().isBlank() ? "" : " · " + target.syncMessage()));
        endpoint.setId("fleet-endpoint");
        detail.add(new H3(target.name()), endpoint, actions(target), result);
        nodes(target);
    }

    /** Test and sync for everyone; change and remove for admins only. */
    private HorizontalLayout actions(TargetSummary target) {
        Button test = new Button("Test connection", e -> test(target));
        test.setId("fleet-test");
        Button sync = new Button("Sync inventory", e -> {
            fleet.sync(target.id());
            refresh();
            select(target);
        });
        sync.setId("fleet-sync");
        HorizontalLayout actions = new HorizontalLayout(test, sync);
        if (admin) {
            Button change =
                    new Button("Change…", e -> dialog(Optional.of(target)).open());
            change.setId("fleet-change");
            Button delete = new Button("Remove", e -> confirmRemove(target));
            delete.setId("fleet-remove");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(change, delete);
        }
        return actions;
    }

    /**
     * Refreshing and re-selecting the target redraws the detail, so the check's outcome is written into the redrawn
     * result paragraph, looked up by its id.
     */
    private void test(TargetSummary target) {
        ConnectionCheck check = fleet.test(target.id(), actor());
        refresh();
        select(target);
        detail.getChildren()
                .filter(c -> c.getId().filter("fleet-check-result"::equals).isPresent())
                .findFirst()
                .ifPresent(c -> ((Paragraph) c)
                        .setText((check.ok()
                                        ? "✓ "
                                        : "✗ " + check.failure().orElseThrow().title() + ": ")
                                + check.message()));
    }

    /** Nodes grouped by architecture: what placement works with. */
    private void nodes(TargetSummary target) {
        Map<String, List<NodeView>> byArch = fleet.nodes(target.id()).stream()
                .collect(Collectors.groupingBy(NodeView::architecture, TreeMap::new, Collectors.toList()));
        VerticalLayout groups = new VerticalLayout();
        groups.setId("fleet-nodes");
        groups.setPadding(false);
        // the platform's own words: hypervisors on OpenStack, nodes on Kubernetes
        Platform.Vocabulary words = platforms.vocabulary(target.kind());
        byArch.forEach((arch, nodes) -> {
            H4 title = new H4(arch + " · " + nodes.size() + " " + (nodes.size() == 1 ? words.node() : words.nodes()));
            title.setId("fleet-arch-" + arch);
            groups.add(title, nodeGrid(arch, nodes, words));
        });
        Paragraph runtimes = new Paragraph(
                target.runtimeClasses().isEmpty()
                        ? "No runtime classes: sandboxed (Kata) functions cannot run here."
                        : "Runtime classes: " + String.join(", ", target.runtimeClasses()));
        runtimes.setId("fleet-runtime-classes");
        if (byArch.isEmpty()) {
            groups.add(new Paragraph("No inventory yet: sync it to see the nodes."));
        }
        detail.add(groups, runtimes);
    }

    /** One architecture's nodes; a node that reports its architecture in other words says so in its row. */
    private static Grid<NodeView> nodeGrid(String arch, List<NodeView> nodes, Platform.Vocabulary words) {
        Grid<NodeView> grid = new Grid<>(NodeView.class, false);
        grid.addColumn(NodeView::name)
                .setHeader(words.node().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + words.node().substring(1))
                .setAutoWidth(true);
        grid.addColumn(n -> n.reportedArchitecture().equals(arch)
                        ? arch
                        : arch + " (says " + n.reportedArchitecture() + ")")
                .setHeader("Architecture");
        grid.addColumn(NodeView::operatingSystem).setHeader("OS").setAutoWidth(true);
        grid.addColumn(n -> String.format(java.util.Locale.ROOT, "%.1f", n.milliCpu() / 1000.0))
                .setHeader("CPU");
        grid.addColumn(n -> (n.memoryBytes() >> 20) + " MiB").setHeader("Memory");
        grid.addColumn(n -> n.ready() ? "ready" : "not ready").setHeader("State");
        grid.setItems(nodes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void confirmRemove(TargetSummary target) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove " + target.name() + "?",
                "The target and its sealed credentials are removed from Chainline. Nothing on the target changes.",
                "Remove",
                e -> {
                    fleet.delete(target.id(), target.version(), actor());
                    detail.removeAll();
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private Span health(TargetSummary target) {
        Span badge = new Span(target.healthLabel(clock.instant()));
        badge.addClassName("fleet-health");
        badge.getElement()
                .getThemeList()
                .add("badge "
                        + (target.health() == Health.REACHABLE
                                ? "success"
                                : target.health() == Health.UNREACHABLE ? "error" : "contrast"));
        badge.getElement().setAttribute("title", target.healthMessage());
        return badge;
    }

    private String actor() {
        return user.username().orElseThrow();
    }
}
