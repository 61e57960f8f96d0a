package io.chainline.console.deployment.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.service.DeploymentEvents;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.deployment.service.DriftService;
import io.chainline.console.deployment.service.LiveStatus;
import io.chainline.console.deployment.service.Names;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One deployment, live: the chain picture coloured by each VNF's state, where each VDU went and why, what runs, what
 * drifted, and its jobs with their steps and events, all redrawn as jobs report (Vaadin Push). Operators run the
 * lifecycle from here.
 */
@Route("deployments/:id")
@PageTitle("Deployment")
@RolesAllowed(Role.VIEWER_NAME)
public class DeploymentView extends VerticalLayout implements BeforeEnterObserver {

    private final DeploymentQueries queries;
    private final DeploymentService deployments;
    private final DriftService drift;
    private final LiveStatus live;
    private final DeploymentEvents events;
    private final ChainService chains;
    private final ChainPicture picture;
    private final CurrentUser user;
    private final VerticalLayout body = new VerticalLayout();
    private UUID id;
    private Optional<UUID> shownJob = Optional.empty();
    private DeploymentEvents.Subscription subscription;

    public DeploymentView(
            DeploymentQueries queries,
            DeploymentService deployments,
            DriftService drift,
            LiveStatus live,
            DeploymentEvents events,
            ChainService chains,
            ChainPicture picture,
            CurrentUser user) {
        this.queries = queries;
        this.deployments = deployments;
        this.drift = drift;
        this.live = live;
        this.events = events;
        this.chains = chains;
        this.picture = picture;
        this.user = user;
        setId("view-deployment");
        body.setPadding(false);
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").map(UUID::fromString).orElseThrow();
        redraw();
    }

    private void redraw() {
        DeploymentViews.DeploymentDetail detail = queries.detail(id);
        body.removeAll();
        HorizontalLayout head = new HorizontalLayout(
                new H3(detail.summary().name()),
                new Span(detail.summary().chainName() + " " + detail.summary().chainVersion()));
        Span state = Badges.of(detail.summary().state());
        state.setId("deployment-state");
        head.add(state);
        head.setAlignItems(Alignment.BASELINE);
        body.add(head);
        if (user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false)) {
            body.add(toolbar(detail));
        }
        body.add(picture(detail), placement(detail.desired()), liveGrid(detail.live()), driftList(detail));
        body.add(jobs(detail));
    }

    private FlexLayout toolbar(DeploymentViews.DeploymentDetail detail) {
        String actor = user.username().orElseThrow();
        LifecycleDialogs dialogs = new LifecycleDialogs(deployments, queries, chains, actor);
        FlexLayout bar = new FlexLayout(
                button("deployment-observe", "Refresh live state", () -> live.refresh(id)),
                button("deployment-drift", "Check drift", () -> drift.check(id)),
                button("deployment-reconcile", "Reconcile", () -> deployments.reconcile(id, actor)),
                button("deployment-accept", "Accept drift", () -> drift.accept(id, actor)),
                button("deployment-scale", "Scale…", () -> dialogs.scale(id)),
                button("deployment-heal", "Heal…", () -> dialogs.heal(id, detail)),
                button("deployment-upgrade", "Upgrade…", () -> dialogs.upgrade(id, detail)),
                button("deployment-terminate", "Terminate", () -> deployments.terminate(id, actor)));
        detail.summary()
                .lastJob()
                .filter(j -> !j.state().finished())
                .ifPresent(job ->
                        bar.add(button("deployment-cancel", "Cancel job", () -> deployments.cancel(job.id(), actor))));
        detail.summary()
                .lastJob()
                .filter(j -> j.state() == io.chainline.console.deployment.domain.JobState.FAILED)
                .ifPresent(job ->
                        bar.add(button("deployment-retry", "Retry job", () -> deployments.retry(job.id(), actor))));
        Button delete = button("deployment-delete", "Delete", () -> {
            deployments.delete(id, actor);
            UI.getCurrent().navigate(DeploymentsView.class);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bar.add(delete);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        return button;
    }

    private Div picture(DeploymentViews.DeploymentDetail detail) {
        Map<String, LiveStatus.State> byNf = detail.live().byNf();
        Map<String, LiveStatus.State> byNode = new LinkedHashMap<>();
        var ns = chains.get(detail.summary().chainId()).descriptor();
        ns.vnfs().forEach(v -> byNode.put(v.node(), byNf.getOrDefault(Names.dns(v.node()), LiveStatus.State.PENDING)));
        Div drawing =
                new Div(new Html("<div>" + LivePicture.colour(picture.draw(ns).svg(), byNode) + "</div>"));
        drawing.setId("deployment-picture");
        drawing.getStyle().set("overflow", "auto").set("max-width", "100%");
        return drawing;
    }

    private static VerticalLayout placement(DesiredState desired) {
        Grid<DesiredState.PlacedVdu> grid = new Grid<>(DesiredState.PlacedVdu.class, false);
        grid.setId("deployment-placement");
        grid.addColumn(DesiredState.PlacedVdu::workload).setHeader("Workload").setAutoWidth(true);
        grid.addColumn(DesiredState.PlacedVdu::targetName).setHeader("Target").setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.architectures())).setHeader("Architecture");
        grid.addColumn(DesiredState.PlacedVdu::replicas).setHeader("Instances");
        grid.addColumn(p -> String.join("; ", p.reasons())).setHeader("Why").setFlexGrow(4);
        grid.setItems(desired.placements());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H4("Where each VDU runs, and why"), grid);
        section.setPadding(false);
        return section;
    }

    private static VerticalLayout liveGrid(LiveStatus.Live seen) {
        Grid<LiveStatus.WorkloadState> grid = new Grid<>(LiveStatus.WorkloadState.class, false);
        grid.setId("deployment-live");
        grid.addColumn(LiveStatus.WorkloadState::workload).setHeader("Workload").setAutoWidth(true);
        grid.addColumn(LiveStatus.WorkloadState::target).setHeader("Target");
        grid.addComponentColumn(w -> Badges.of(w.state())).setHeader("State");
        grid.addColumn(w -> w.ready() + " / " + w.desired()).setHeader("Ready");
        grid.addColumn(LiveStatus.WorkloadState::message)
                .setHeader("Why not ready")
                .setFlexGrow(3);
        grid.setItems(seen.workloads());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H4("Live"), grid);
        seen.errors().forEach(e -> section.add(new Paragraph("⚠ " + e)));
        if (!seen.events().isEmpty()) {
            UnorderedList list = new UnorderedList();
            seen.events().stream().limit(10).forEach(e -> list.add(new ListItem(e)));
            section.add(list);
        }
        section.setPadding(false);
        return section;
    }

    private static VerticalLayout driftList(DeploymentViews.DeploymentDetail detail) {
        VerticalLayout section = new VerticalLayout(new H4("Drift"));
        section.setPadding(false);
        UnorderedList list = new UnorderedList();
        list.setId("deployment-drift-list");
        detail.drift()
                .forEach(d ->
                        list.add(new ListItem(d.targetName() + ": " + d.change().toLowerCase() + " " + d.resource()
                                + (d.differences().isEmpty() ? "" : " — " + String.join("; ", d.differences())))));
        section.add(
                detail.driftCheckedAt().isEmpty()
                        ? new Paragraph("Not checked yet.")
                        : detail.drift().isEmpty()
                                ? new Paragraph("No drift: every target runs what was deployed.")
                                : list);
        return section;
    }

    private VerticalLayout jobs(DeploymentViews.DeploymentDetail detail) {
        Grid<DeploymentViews.JobSummary> grid = new Grid<>(DeploymentViews.JobSummary.class, false);
        grid.setId("deployment-jobs");
        grid.addColumn(j -> j.operation().name().toLowerCase()).setHeader("Job");
        grid.addComponentColumn(j -> Badges.of(j.state())).setHeader("State");
        grid.addComponentColumn(j -> {
                    ProgressBar bar = new ProgressBar(0, 1, j.progress());
                    bar.setWidth("8em");
                    return bar;
                })
                .setHeader("Progress");
        grid.addColumn(DeploymentViews.JobSummary::startedBy).setHeader("By");
        grid.addColumn(j -> j.createdAt().toString()).setHeader("Created").setAutoWidth(true);
        grid.setItems(detail.jobs());
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(j -> {
            shownJob = Optional.of(j.id());
            redraw();
        }));
        VerticalLayout section = new VerticalLayout(new H4("Jobs"), grid);
        section.setPadding(false);
        Optional<UUID> job = shownJob.filter(j -> detail.jobs().stream().anyMatch(s -> s.id().equals(j)))
                .or(() -> detail.jobs().stream().findFirst().map(DeploymentViews.JobSummary::id));
        job.ifPresent(j -> section.add(new JobPanel(queries.job(j))));
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Pushes pushes = new Pushes(ui, this::redraw);
        subscription = events.subscribe(id, changed -> pushes.changed());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
        }
    }
}
