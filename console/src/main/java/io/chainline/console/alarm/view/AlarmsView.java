package io.chainline.console.alarm.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.alarm.domain.AckState;
import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmActions;
import io.chainline.console.alarm.service.AlarmCsv;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.service.AlarmSignals;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.view.Redraws;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The NOC's alarm list: every alarm the filter selects (active ones by default), newest or worst first, with what an
 * operator does to them (acknowledge several at once, open one for its detail, notes and actions). The filter lives
 * in the URL. The list redraws by Push as alarms change, and says as of when.
 */
@Route("alarms")
@PageTitle("Alarms")
@Menu(order = 45, icon = "vaadin:bell", title = "Alarms")
@RolesAllowed(Role.VIEWER_NAME)
public class AlarmsView extends VerticalLayout implements BeforeEnterObserver {

    /** The most a page lists (the total says when there are more: narrow the filter, or export). */
    static final int LIMIT = 2000;

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AlarmQueries queries;
    private final AlarmActions actions;
    private final AlarmSignals signals;
    private final FleetService fleet;
    private final Clock clock;
    private final Optional<String> actor;
    private final AlarmFilters filters;
    private final Grid<Alarm> grid = new Grid<>(Alarm.class, false);
    private final Span total = new Span();
    private final Span asOf = new Span();
    private final Span result = new Span();
    private final Button acknowledge = new Button("Acknowledge selected…");
    private AlarmsQuery query = AlarmsQuery.defaults();
    private AlarmDetail detail;
    private AlarmSignals.Subscription subscription;

    public AlarmsView(
            AlarmQueries queries,
            AlarmActions actions,
            AlarmSignals signals,
            FleetService fleet,
            CurrentUser user,
            Clock clock) {
        this.queries = queries;
        this.actions = actions;
        this.signals = signals;
        this.fleet = fleet;
        this.clock = clock;
        this.actor =
                user.account().filter(a -> a.role().includes(Role.OPERATOR)).flatMap(a -> user.username());
        setId("view-alarms");
        setSizeFull();
        filters = new AlarmFilters(fleet.list(), objects(), this::navigate);
        total.setId("alarms-total");
        asOf.setId("alarms-as-of");
        asOf.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        result.setId("alarms-result");
        HorizontalLayout bar = new HorizontalLayout(total, asOf, result);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        actor.ifPresent(a -> bar.add(acknowledgeButton()));
        bar.add(csvExport());
        AlarmGrid.configure(grid, clock, actor.isPresent());
        grid.addItemClickListener(
                e -> navigate(query.withAlarm(Optional.of(e.getItem().getId()))));
        if (actor.isPresent()) {
            grid.addSelectionListener(
                    e -> acknowledge.setEnabled(!selectedUnacknowledged().isEmpty()));
        }
        add(filters, bar, grid);
    }

    /** Every object alarms are on (recent ones first), for the object filter. */
    private List<Fault.ManagedObject> objects() {
        return queries.list(AlarmFilter.any(), LIMIT).stream()
                .map(Alarm::getManagedObject)
                .collect(Collectors.toMap(Fault.ManagedObject::id, o -> o, (a, b) -> a, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = AlarmsQuery.from(event.getLocation().getQueryParameters());
        filters.show(query);
        refresh();
        AlarmDetail replaced = detail;
        detail = null;
        if (replaced != null) {
            replaced.close();
        }
        query.alarm().ifPresent(this::openDetail);
    }

    /** A new filter (or an opened alarm) goes into the URL, so reloading or sharing the link shows the same. */
    private void navigate(AlarmsQuery next) {
        UI.getCurrent().navigate(AlarmsView.class, next.toParameters());
    }

    private void openDetail(UUID id) {
        AlarmDetail opened = new AlarmDetail(id, queries, actions, actor, clock, this::targetName, this::refresh);
        detail = opened;
        opened.addOpenedChangeListener(e -> {
            // only the user closing the shown detail leaves the URL; one replaced by another navigation does not
            if (!e.isOpened() && detail == opened) {
                detail = null;
                navigate(query.withAlarm(Optional.empty()));
            }
        });
        opened.open();
    }

    private Button acknowledgeButton() {
        acknowledge.setId("alarms-ack");
        acknowledge.setEnabled(false);
        acknowledge.setTooltipText("Select unacknowledged alarms in the list first.");
        acknowledge.addClickListener(e -> new AcknowledgeDialog(
                        selectedUnacknowledged().size(), comment -> {
                            List<UUID> ids = selectedUnacknowledged().stream()
                                    .map(Alarm::getId)
                                    .toList();
                            int done = actions.acknowledgeAll(ids, comment, actor.orElseThrow());
                            result.setText(done + (done == 1 ? " alarm acknowledged." : " alarms acknowledged."));
                            grid.deselectAll();
                            refresh();
                        })
                .open());
        return acknowledge;
    }

    private List<Alarm> selectedUnacknowledged() {
        return grid.getSelectedItems().stream()
                .filter(a -> a.getAckState() == AckState.UNACKNOWLEDGED)
                .toList();
    }

    /** The export holds what the filter selects, not only what the page lists. */
    private Component csvExport() {
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "chainline-alarms.csv", "text/csv", bytes.length);
                }),
                "");
        csv.setId("alarms-export");
        csv.add(new Button("Export CSV"));
        return csv;
    }

    String csv() {
        return AlarmCsv.write(alarms(Integer.MAX_VALUE));
    }

    private List<Alarm> alarms(int limit) {
        List<Alarm> found = new ArrayList<>(queries.list(query.filter(this::targetsAt), limit));
        if (query.worstFirst()) {
            found.sort(AlarmQueries.NOC_ORDER);
        }
        return found;
    }

    /** The target's name (and site), or its id when it was removed since. */
    private String targetName(UUID target) {
        return fleet.list().stream()
                .filter(t -> t.id().equals(target))
                .findFirst()
                .map(t -> t.name() + (t.site().isBlank() ? "" : " · " + t.site()))
                .orElse(target + " (no longer registered)");
    }

    private Set<UUID> targetsAt(String site) {
        return fleet.list().stream()
                .filter(t -> site.equals(t.site()))
                .map(TargetSummary::id)
                .collect(Collectors.toSet());
    }

    /** Reads the alarms again: after a filter change, an action, or a Push that alarms changed. */
    void refresh() {
        Set<UUID> selected = grid.getSelectedItems().stream().map(Alarm::getId).collect(Collectors.toSet());
        List<Alarm> shown = alarms(LIMIT);
        long count = queries.count(query.filter(this::targetsAt));
        total.setText(
                count == shown.size()
                        ? count + (count == 1 ? " alarm" : " alarms")
                        : "Showing " + shown.size() + " of " + count
                                + " alarms: narrow the filter, or export them all");
        grid.setItems(shown);
        if (actor.isPresent()) {
            shown.stream().filter(a -> selected.contains(a.getId())).forEach(grid::select);
        }
        asOf.setText("as of " + CLOCK.format(clock.instant()) + " UTC");
        if (detail != null && detail.isOpened()) {
            detail.redraw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Redraws redraws = new Redraws(attach.getUI(), this::refresh);
        subscription = signals.subscribe(changed -> redraws.changed());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
