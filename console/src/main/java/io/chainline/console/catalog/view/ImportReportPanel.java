package io.chainline.console.catalog.view;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.chainline.console.catalog.service.ImportReport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where a descriptor is viewed (VNF designer, PNF page): what its import said, kept after the import dialog closed. One
 * line ("Imported from fw.csar with the interop profile, 3 warnings") and, in place, the findings one click away. A
 * descriptor designed in the console shows nothing.
 */
final class ImportReportPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private ImportReportPanel(ImportReport report) {
        setId("import-report");
        setWidthFull();
        Span summary = new Span(report.summary() + ".");
        summary.setId("import-report-summary");
        Span source = new Span(" By " + report.importedBy() + " on "
                + WHEN.format(report.importedAt().atOffset(ZoneOffset.UTC)) + "; SHA-256 " + report.sha256() + ".");
        source.setId("import-report-source");
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new Paragraph(summary, source));
        if (!report.findings().isEmpty()) {
            Details findings =
                    new Details("Findings of the import (" + report.findings().size() + ")", grid(report));
            findings.setId("import-report-findings");
            findings.setWidthFull();
            add(findings);
        }
    }

    /** The panel for a descriptor's import, or nothing for one designed in the console. */
    static Optional<ImportReportPanel> of(Optional<ImportReport> report) {
        return report.map(ImportReportPanel::new);
    }

    private static Grid<ImportReport.Finding> grid(ImportReport report) {
        Grid<ImportReport.Finding> grid = new Grid<>(ImportReport.Finding.class, false);
        grid.setId("import-report-grid");
        grid.addColumn(f -> f.code()).setHeader("Code").setAutoWidth(true);
        grid.addColumn(f -> ImportDialog.Finding.severity(f.severity()))
                .setHeader("Severity")
                .setAutoWidth(true);
        grid.addColumn(f -> f.file() + (f.line() > 0 ? ":" + f.line() : ""))
                .setHeader("File:line")
                .setWidth("12em")
                .setFlexGrow(1);
        grid.addColumn(f -> f.path()).setHeader("YAML path").setWidth("12em").setFlexGrow(1);
        grid.addColumn(f -> f.message())
                .setHeader("What it says")
                .setWidth("28em")
                .setFlexGrow(4);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(report.findings());
        return grid;
    }
}
