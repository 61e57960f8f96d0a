package io.chainline.console.deployment.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.base.view.Redraws;
import io.chainline.console.deployment.service.DeploymentEvents;
import io.chainline.console.deployment.service.KpiQueries;
import io.chainline.console.deployment.service.NfKpi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The deployment's KPIs per network function: current CPU, memory, restarts and traffic, each with its last hour as a
 * sparkline, and how old the figures are. Redrawn by Push after each sampling round on this console and with the
 * page's live observations (so its age stays current on every replica); a platform that cannot say is named as such
 * rather than drawn as zeros.
 */
final class KpiPanel extends VerticalLayout {

    private record Figure(String label, Function<NfKpi, Number> value, DoubleFunction<String> format) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("CPU", NfKpi::cpuCores, v -> String.format(Locale.ROOT, "%.2f cores", v)),
            new Figure("Memory", NfKpi::memoryBytes, KpiPanel::bytes),
            new Figure("Restarts", NfKpi::restarts, v -> String.format(Locale.ROOT, "%.0f", v)),
            new Figure("Received", NfKpi::rxRate, v -> bytes(v) + "/s"),
            new Figure("Sent", NfKpi::txRate, v -> bytes(v) + "/s"));

    private final KpiQueries kpis;
    private final UUID deploymentId;
    private final Clock clock;
    private DeploymentEvents.Subscription subscription;

    KpiPanel(KpiQueries kpis, UUID deploymentId, Clock clock) {
        this.kpis = kpis;
        this.deploymentId = deploymentId;
        this.clock = clock;
        setId("deployment-kpis");
        setPadding(false);
        draw();
    }

    private void draw() {
        removeAll();
        KpiQueries.KpiSeries series = kpis.series(deploymentId);
        add(new H4("KPIs, last hour"));
        if (series.nfs().isEmpty()) {
            Paragraph none = new Paragraph("No figures yet: running network functions are sampled every "
                    + series.interval().toSeconds() + " s.");
            none.setId("deployment-kpis-none");
            add(none);
            return;
        }
        NfKpi newest = series.nfs().stream()
                .map(KpiQueries.NfSeries::latest)
                .max(java.util.Comparator.comparing(NfKpi::at))
                .orElseThrow();
        Span age = new Span(StatusSections.ago("sampled", newest.at(), clock.instant()));
        age.setId("deployment-kpis-age");
        age.getElement().setAttribute("data-at", newest.at().toString());
        age.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(age);
        series.nfs().forEach(nf -> add(row(nf, series)));
    }

    private HorizontalLayout row(KpiQueries.NfSeries nf, KpiQueries.KpiSeries series) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("kpi-" + nf.nf());
        row.addClassName("kpi-row");
        row.setAlignItems(Alignment.CENTER);
        Span name = new Span(nf.nf());
        name.setWidth("10em");
        name.getStyle().set("font-weight", "600");
        row.add(name);
        if (!nf.latest().available()) {
            Span unavailable = new Span("not available on this platform");
            unavailable.addClassName("kpi-unavailable");
            row.add(unavailable);
            return row;
        }
        Duration maxGap = series.interval().multipliedBy(2);
        for (Figure figure : FIGURES) {
            row.add(cell(figure, nf, series, maxGap));
        }
        return row;
    }

    /**
     * Where the line starts: the hour's start, or for a deployment sampled for less than that, its first sample (at
     * least five minutes back), so a few minutes of figures fill the line instead of a speck at its right end.
     */
    private static java.time.Instant since(List<Sparkline.Point> points, KpiQueries.KpiSeries series) {
        java.time.Instant fiveMinutes = series.to().minus(Duration.ofMinutes(5));
        java.time.Instant first =
                points.isEmpty() ? fiveMinutes : points.getFirst().at();
        java.time.Instant start = first.isBefore(fiveMinutes) ? first : fiveMinutes;
        return start.isAfter(series.from()) ? start : series.from();
    }

    private static Div cell(Figure figure, KpiQueries.NfSeries nf, KpiQueries.KpiSeries series, Duration maxGap) {
        Number now = figure.value().apply(nf.latest());
        Span label = new Span(figure.label());
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Span value = new Span(now == null ? "unknown" : figure.format().apply(now.doubleValue()));
        value.addClassName("kpi-value");
        List<Sparkline.Point> points = nf.points().stream()
                .map(k -> {
                    Number v = figure.value().apply(k);
                    return new Sparkline.Point(k.at(), v == null ? null : v.doubleValue());
                })
                .toList();
        Html spark = new Html("<span class=\"kpi-spark\">"
                + Sparkline.svg(points, since(points, series), series.to(), maxGap, figure.format()) + "</span>");
        Div cell = new Div(label, new Div(value), spark);
        cell.addClassName("kpi-" + figure.label().toLowerCase(Locale.ROOT));
        cell.setWidth("9em");
        return cell;
    }

    static String bytes(double value) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 1024 && unit < units.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return unit == 0
                ? String.format(Locale.ROOT, "%.0f %s", scaled, units[unit])
                : String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Redraws pushes = new Redraws(attach.getUI(), this::draw);
        subscription = kpis.subscribe(deploymentId, pushes::changed);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.close();
        }
    }
}
