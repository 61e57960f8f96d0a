package io.chainline.console.deployment.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.alarm.view.AlarmBadges;
import io.chainline.console.alarm.view.DeploymentAlarms;
import io.chainline.console.base.view.Redraws;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentActions;
import io.chainline.console.deployment.service.DeploymentEvents;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.deployment.service.DriftService;
import io.chainline.console.deployment.service.KpiQueries;
import io.chainline.console.deployment.service.LiveStatus;
import io.chainline.console.deployment.service.LiveWatch;
import io.chainline.console.deployment.service.Names;
import io.chainline.console.deployment.service.NfKpi;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One deployment, live: the chain picture coloured by each VNF's state, where each VDU went and why, what runs, what
 * drifted, its active alarms (each part badged with its worst), and its jobs with their steps and events, all redrawn
 * as jobs report and alarms change (Vaadin Push). Operators run the lifecycle and acknowledge alarms from here.
 */
@Route("deployments/:id")
@PageTitle("Deployment")
@RolesAllowed(Role.VIEWER_NAME)
@org.springframework.modulith.NamedInterface("view") // used by other features' views (ADR 24)
public class DeploymentView extends VerticalLayout implements BeforeEnterObserver {

    private final DeploymentQueries queries;
    private final DeploymentService deployments;
    private final DriftService drift;
    private final LiveStatus live;
    private final DeploymentEvents events;
    private final ChainService chains;
    private final ChainPicture picture;
    private final DeploymentAlarms alarms;
    private final CurrentUser user;
    private final VerticalLayout body = new VerticalLayout();
    private UUID id;
    private final LiveWatch watch;
    private final Clock clock;
    private final KpiQueries kpis;
    private final Map<String, Integer> typed = new HashMap<>();
    private Optional<UUID> shownJob = Optional.empty();
    private DeploymentEvents.Subscription subscription;
    private DeploymentEvents.Subscription watching;
    private AlarmSignals.Subscription alarmChanges;
    private List<Object> shown;
    private Span liveAge;

    public DeploymentView(
            DeploymentQueries queries,
            DeploymentService deployments,
            DriftService drift,
            LiveStatus live,
            DeploymentEvents events,
            ChainService chains,
            ChainPicture picture,
            DeploymentAlarms alarms,
            CurrentUser user,
            LiveWatch watch,
            Clock clock,
            KpiQueries kpis) {
        this.queries = queries;
        this.deployments = deployments;
        this.drift = drift;
        this.live = live;
        this.events = events;
        this.chains = chains;
        this.picture = picture;
        this.alarms = alarms;
        this.user = user;
        this.watch = watch;
        this.clock = clock;
        this.kpis = kpis;
        setId("view-deployment");
        body.setPadding(false);
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> wanted = event.getRouteParameters().get("id").flatMap(DeploymentView::uuid);
        if (wanted.isEmpty() || !queries.exists(wanted.get())) {
            // a stale link or a typo: say so in place, with the way back, rather than a navigation error
            event.forwardTo(
                    "deployments",
                    com.vaadin.flow.router.QueryParameters.of(
                            DeploymentsView.MISSING,
                            event.getRouteParameters().get("id").orElse("")));
            return;
        }
        id = wanted.get();
        redraw();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void redraw() {
        DeploymentViews.DeploymentDetail detail = queries.detail(id);
        Optional<DeploymentViews.JobDetail> job = shownJob.filter(
                        j -> detail.jobs().stream().anyMatch(s -> s.id().equals(j)))
                .or(() -> detail.jobs().stream().findFirst().map(DeploymentViews.JobSummary::id))
                .map(queries::job);
        List<Alarm> active = alarms.active(id);
        if (onlyObservedAgain(detail, job, active)) {
            return;
        }
        AlarmQueries.Worst worst = alarms.worst(id);
        body.removeAll();
        body.add(head(detail));
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        if (operator) {
            String actor = user.username().orElseThrow();
            LifecycleDialogs dialogs = new LifecycleDialogs(deployments, queries, chains, actor);
            body.add(new DeploymentToolbar(detail, deployments, drift, live, dialogs, actor));
        }
        body.add(picture(detail, worst), nfAlarms(worst), alarms.section(id, active, this::redraw));
        body.add(placement(detail.desired(), worst), NetworksSection.of(detail));
        if (operator && detail.summary().state() != DeploymentState.TERMINATED) {
            body.add(new ReplicasPanel(
                    detail,
                    queries.replicas(id),
                    deployments,
                    typed,
                    user.username().orElseThrow()));
        }
        body.add(
                StatusSections.live(detail, clock, age -> liveAge = age, worst),
                new KpiPanel(kpis, id, clock),
                StatusSections.drift(detail, clock),
                jobs(detail, job));
    }

    private static HorizontalLayout head(DeploymentViews.DeploymentDetail detail) {
        HorizontalLayout head = new HorizontalLayout(
                new H3(detail.summary().name()),
                new Span(detail.summary().chainName() + " " + detail.summary().chainVersion()));
        Span state = Badges.of(detail.summary().state());
        state.setId("deployment-state");
        head.add(state);
        head.setAlignItems(Alignment.BASELINE);
        return head;
    }

    private Div picture(DeploymentViews.DeploymentDetail detail, AlarmQueries.Worst worst) {
        Map<String, LiveStatus.State> byNf = detail.live().byNf();
        Map<String, LiveStatus.State> byNode = new LinkedHashMap<>();
        var ns = chains.get(detail.summary().chainId()).descriptor();
        ns.vnfs().forEach(v -> byNode.put(v.node(), byNf.getOrDefault(Names.dns(v.node()), LiveStatus.State.PENDING)));
        Map<String, NfKpi> traffic = new LinkedHashMap<>();
        kpis.series(detail.summary().id()).nfs().forEach(n -> traffic.put(n.nf(), n.latest()));
        String svg = picture.draw(
                        ns, LivePicture.alarmMarks(ns, worst), LivePicture.trafficNotes(ns, traffic, clock.instant()))
                .svg();
        Div drawing = new Div(new Html("<div>" + LivePicture.colour(svg, byNode) + "</div>"));
        drawing.setId("deployment-picture");
        drawing.getStyle().set("overflow", "auto").set("max-width", "100%");
        return drawing;
    }

    /** Each NF with an active alarm, as a badge in its worst severity ({@code alarm-severity-<nf>}). */
    private static HorizontalLayout nfAlarms(AlarmQueries.Worst worst) {
        HorizontalLayout strip = new HorizontalLayout();
        strip.setId("deployment-nf-alarms");
        strip.setAlignItems(Alignment.BASELINE);
        new TreeMap<>(worst.byNf())
                .forEach((nf, severity) -> strip.add(new Span(nf), DeploymentAlarms.badge(nf, severity)));
        strip.setVisible(!worst.byNf().isEmpty());
        return strip;
    }

    private static VerticalLayout placement(DesiredState desired, AlarmQueries.Worst worst) {
        Grid<DesiredState.PlacedVdu> grid = new Grid<>(DesiredState.PlacedVdu.class, false);
        grid.setId("deployment-placement");
        grid.addColumn(DesiredState.PlacedVdu::workload).setHeader("Workload").setAutoWidth(true);
        grid.addColumn(DesiredState.PlacedVdu::targetName).setHeader("Target").setAutoWidth(true);
        grid.addComponentColumn(p -> worst.resource(p.workload())
                        .<com.vaadin.flow.component.Component>map(AlarmBadges::of)
                        .orElseGet(Span::new))
                .setHeader("Alarm")
                .setAutoWidth(true);
        grid.addColumn(p -> String.join(", ", p.architectures())).setHeader("Architecture");
        grid.addColumn(DesiredState.PlacedVdu::replicas).setHeader("Instances");
        grid.addColumn(p -> String.join("; ", p.reasons())).setHeader("Why").setFlexGrow(4);
        grid.setItems(desired.placements());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H4("Where each VDU runs, and why"), grid);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout jobs(DeploymentViews.DeploymentDetail detail, Optional<DeploymentViews.JobDetail> job) {
        Grid<DeploymentViews.JobSummary> grid = new Grid<>(DeploymentViews.JobSummary.class, false);
        grid.setId("deployment-jobs");
        grid.addColumn(j -> DeploymentActions.label(j.operation())).setHeader("Job");
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
            shown = null; // another job to show: draw it all
            redraw();
        }));
        VerticalLayout section = new VerticalLayout(new H4("Jobs"), grid);
        section.setPadding(false);
        job.ifPresent(j -> section.add(new JobPanel(j)));
        return section;
    }

    /**
     * A fresh observation that found the same as before changes only its age: that is updated alone, so nothing the
     * user is pointing at or typing into is rebuilt under them every few seconds.
     */
    private boolean onlyObservedAgain(
            DeploymentViews.DeploymentDetail detail, Optional<DeploymentViews.JobDetail> job, List<Alarm> active) {
        List<Object> content = List.of(withoutObservationTime(detail), job, DeploymentAlarms.fingerprint(active));
        if (content.equals(shown) && liveAge != null) {
            liveAge.setText(StatusSections.ago("as of", detail.live().at(), clock.instant()));
            return true;
        }
        shown = content;
        liveAge = null;
        return false;
    }

    private static DeploymentViews.DeploymentDetail withoutObservationTime(DeploymentViews.DeploymentDetail d) {
        LiveStatus.Live live = d.live();
        return new DeploymentViews.DeploymentDetail(
                d.summary(),
                d.settings(),
                d.desired(),
                new LiveStatus.Live(Instant.EPOCH, live.workloads(), live.events(), live.errors()),
                d.drift(),
                d.driftCheckedAt(),
                d.jobs());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Redraws pushes = new Redraws(ui, this::redraw);
        subscription = events.subscribe(id, changed -> pushes.changed());
        watching = watch.watch(id);
        alarmChanges = alarms.onChange(id, pushes::changed);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
        }
        if (watching != null) {
            watching.close();
        }
        if (alarmChanges != null) {
            alarmChanges.close();
        }
    }
}
