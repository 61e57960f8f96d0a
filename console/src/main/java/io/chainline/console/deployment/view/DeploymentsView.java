package io.chainline.console.deployment.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.alarm.view.AlarmBadges;
import io.chainline.console.alarm.view.DeploymentAlarms;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.view.EmptyState;
import io.chainline.console.base.view.Redraws;
import io.chainline.console.deployment.service.DeploymentEvents;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentViews.DeploymentSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every deployment with its state, worst active alarm, where it runs, its last job's progress and its drift, updated live. */
@Route("deployments")
@PageTitle("Deployments")
@Menu(order = 40, icon = "vaadin:rocket", title = "Deployments")
@RolesAllowed(Role.VIEWER_NAME)
public class DeploymentsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    /** The query parameter a deployment's page forwards here with, naming an id that does not exist. */
    static final String MISSING = "missing";

    private final com.vaadin.flow.component.html.Paragraph missing = new com.vaadin.flow.component.html.Paragraph();

    private final DeploymentQueries queries;
    private final DeploymentEvents events;
    private final Grid<DeploymentSummary> grid = new Grid<>(DeploymentSummary.class, false);
    private final EmptyState empty = new EmptyState(
            "Nothing deployed yet",
            "A deployment runs a published service chain on the fleet. Every deployment is planned first: where each"
                    + " VDU goes and why.",
            List.of(
                    "Placement plans that explain each choice: architecture, isolation, capacity, affinity",
                    "Live progress of every job, step by step",
                    "Scale, heal, upgrade, roll back and terminate, each recorded as a job",
                    "Drift between what was deployed and what runs, with reconcile or accept"));
    private final DeploymentAlarms alarms;
    private Map<UUID, Severity> worst = Map.of();
    private DeploymentEvents.Subscription subscription;
    private AlarmSignals.Subscription alarmChanges;

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        List<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(MISSING, List.of());
        missing.setVisible(!wanted.isEmpty());
        wanted.stream()
                .findFirst()
                .ifPresent(id -> missing.setText("No deployment has the id \"" + id
                        + "\": it was deleted, or the link is wrong. Every deployment there is is listed below."));
    }

    public DeploymentsView(
            DeploymentQueries queries, DeploymentEvents events, DeploymentAlarms alarms, CurrentUser user) {
        this.queries = queries;
        this.events = events;
        this.alarms = alarms;
        setId("view-deployments");
        setSizeFull();
        if (user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false)) {
            Button create = new Button("New deployment…", e -> UI.getCurrent().navigate(NewDeploymentView.class));
            create.setId("deployments-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(create));
        }
        columns();
        grid.setAllRowsVisible(true);
        missing.setId("deployments-missing");
        missing.getStyle().set("color", "var(--lumo-error-text-color)");
        missing.setVisible(false);
        add(missing, grid, empty);
        refresh();
    }

    private void columns() {
        grid.setId("deployments-grid");
        grid.addComponentColumn(d -> new RouterLink(
                        d.name(),
                        DeploymentView.class,
                        new com.vaadin.flow.router.RouteParameters("id", d.id().toString())))
                .setHeader("Deployment")
                .setAutoWidth(true);
        grid.addColumn(d -> d.chainName() + " " + d.chainVersion())
                .setHeader("Chain")
                .setAutoWidth(true);
        grid.addComponentColumn(d -> Badges.of(d.state())).setHeader("State");
        grid.addComponentColumn(d -> Optional.ofNullable(worst.get(d.id()))
                        .<Component>map(AlarmBadges::of)
                        .orElseGet(Span::new))
                .setHeader("Worst alarm");
        grid.addColumn(d -> String.join(", ", d.targets())).setHeader("Targets").setAutoWidth(true);
        grid.addColumn(DeploymentSummary::instances).setHeader("Instances");
        grid.addComponentColumn(DeploymentsView::lastJob).setHeader("Last job").setAutoWidth(true);
        grid.addColumn(d -> d.drifted() == 0 ? "" : d.drifted() + " drifted").setHeader("Drift");
    }

    private static HorizontalLayout lastJob(DeploymentSummary d) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setAlignItems(Alignment.CENTER);
        d.lastJob().ifPresent(job -> {
            ProgressBar bar = new ProgressBar(0, 1, job.progress());
            bar.setWidth("6em");
            bar.getElement().setAttribute("data-progress", String.valueOf(job.progress()));
            cell.add(new Span(job.operation().name().toLowerCase()), Badges.of(job.state()), bar);
        });
        return cell;
    }

    private void refresh() {
        List<DeploymentSummary> all = queries.list();
        worst = alarms.worstByDeployment();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Redraws pushes = new Redraws(ui, this::refresh);
        subscription = events.subscribeAll(id -> pushes.changed());
        alarmChanges = alarms.onAnyChange(pushes::changed);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
        }
        if (alarmChanges != null) {
            alarmChanges.close();
        }
    }
}
