package io.chainline.console.deployment.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges per deployment and NF ({@code deployment}, {@code nf} labels), replaced after every sampling round
 * by the latest stored figures, so every console replica exports the same series. A figure that is unknown, or stale
 * (not sampled for three rounds), has no series rather than a zero.
 */
@Component
class KpiMetrics implements MeterBinder {

    private record Figure(String name, String description, String unit, Function<NfKpi, Number> value) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("chainline.nf.cpu.cores", "CPU in use by a network function's instances", null, NfKpi::cpuCores),
            new Figure(
                    "chainline.nf.memory",
                    "Memory in use by a network function's instances",
                    "bytes",
                    k -> k.memoryBytes()),
            new Figure(
                    "chainline.nf.restarts",
                    "Restarts of a network function's instances' containers",
                    null,
                    NfKpi::restarts),
            new Figure(
                    "chainline.nf.network.receive",
                    "Bytes per second a network function's instances received, over the last sampling interval",
                    "bytes.per.second",
                    NfKpi::rxRate),
            new Figure(
                    "chainline.nf.network.transmit",
                    "Bytes per second a network function's instances sent, over the last sampling interval",
                    "bytes.per.second",
                    NfKpi::txRate));

    private volatile List<MultiGauge> gauges = List.of();

    @Override
    public void bindTo(MeterRegistry registry) {
        gauges = FIGURES.stream()
                .map(f -> MultiGauge.builder(f.name())
                        .description(f.description())
                        .baseUnit(f.unit())
                        .register(registry))
                .toList();
    }

    /** Replaces every series with these figures. */
    void show(List<KpiStore.Latest> latest) {
        List<MultiGauge> current = gauges;
        for (int i = 0; i < current.size(); i++) {
            current.get(i).register(rows(FIGURES.get(i).value(), latest), true);
        }
    }

    private static List<MultiGauge.Row<?>> rows(Function<NfKpi, Number> value, List<KpiStore.Latest> latest) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (KpiStore.Latest l : latest) {
            Number figure = value.apply(l.kpi());
            if (figure != null) {
                double held = figure.doubleValue(); // a gauge holds its number weakly: this one lives in the row
                rows.add(MultiGauge.Row.of(
                        Tags.of("deployment", l.deployment(), "nf", l.kpi().nf()), () -> held));
            }
        }
        return rows;
    }
}
