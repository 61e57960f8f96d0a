package io.chainline.console.audit.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.chainline.console.audit.service.AuditCsv;
import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.audit.service.AuditQuery;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Every change made through the console or the API, newest first: who, when, what, on which thing and from where;
 * filtered by user, area, text and dates, and exported as CSV with the same filter.
 */
@Route("audit")
@PageTitle("Audit")
@Menu(order = 80, icon = "vaadin:records", title = "Audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final TextField actor = new TextField("User");
    private final ComboBox<String> area = new ComboBox<>("Area");
    private final TextField text = new TextField("Contains");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC, inclusive)");
    private final Grid<AuditLog.Entry> grid = new Grid<>(AuditLog.Entry.class, false);
    private final Span total = new Span();

    public AuditView(AuditLog audit) {
        this.audit = audit;
        setId("view-audit");
        setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(actor, area, text, from, to, csvExport());
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureFilters();
        configureGrid();
        add(filters, total, grid);
        refresh();
    }

    /** Every filter narrows the list as it changes; text filters wait for typing to pause. */
    private void configureFilters() {
        actor.setId("audit-actor");
        area.setId("audit-area");
        area.setItems(audit.areas());
        area.setClearButtonVisible(true);
        text.setId("audit-text");
        from.setId("audit-from");
        to.setId("audit-to");
        for (TextField field : new TextField[] {actor, text}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        actor.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
    }

    /** The export holds what the filters select, all of it, not only the page shown. */
    private Anchor csvExport() {
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = AuditCsv.write(audit.export(query())).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "chainline-audit.csv", "text/csv", bytes.length);
                }),
                "");
        csv.setId("audit-export");
        csv.add(new Button("Export CSV"));
        return csv;
    }

    private void configureGrid() {
        total.setId("audit-total");
        grid.setId("audit-grid");
        grid.addColumn(e -> TIME.format(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::area).setHeader("Area");
        grid.addColumn(AuditLog.Entry::detail).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(AuditLog.Entry::source).setHeader("From").setAutoWidth(true);
        grid.setPageSize(100);
    }

    private AuditQuery query() {
        Instant start = from.getValue() == null
                ? null
                : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.getValue() == null
                ? null
                : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new AuditQuery(actor.getValue(), area.getValue(), text.getValue(), start, end);
    }

    private void refresh() {
        AuditQuery query = query();
        long count = audit.search(query, 0, 1).total();
        total.setText(count + (count == 1 ? " record" : " records"));
        grid.setItems(page -> audit.search(query, page.getPage(), page.getPageSize()).entries().stream(), page ->
                (int) Math.min(Integer.MAX_VALUE, audit.search(query, 0, 1).total()));
    }
}
