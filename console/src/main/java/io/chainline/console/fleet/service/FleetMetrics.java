package io.chainline.console.fleet.service;

import io.chainline.connector.api.TargetKind;
import io.chainline.console.fleet.domain.Health;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Prometheus figures for the fleet, from its last inventory: targets per installed kind and health ({@code up} is REACHABLE), and
 * ready nodes per architecture. One scrape reads the fleet once; reads within 10 s share it.
 */
@Component
class FleetMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final List<String> ARCHITECTURES = List.of("amd64", "arm64", "other");

    private record Snapshot(Instant at, List<TargetSummary> targets) {}

    private final FleetService fleet;
    private final ConnectorRegistry connectors;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(Instant.EPOCH, List.of()));

    FleetMetrics(FleetService fleet, ConnectorRegistry connectors, Clock clock) {
        this.fleet = fleet;
        this.connectors = connectors;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TargetKind kind : connectors.kinds()) {
            for (Health health : Health.values()) {
                Gauge.builder(
                                "chainline.targets",
                                () -> targets().stream()
                                        .filter(t -> kind.equals(t.kind()) && t.health() == health)
                                        .count())
                        .description("Registered targets by kind and health")
                        .tag("kind", kind.name())
                        .tag("health", health.name())
                        .register(registry);
            }
            Gauge.builder(
                            "chainline.targets.up",
                            () -> targets().stream()
                                    .filter(t -> kind.equals(t.kind()) && t.health() == Health.REACHABLE)
                                    .count())
                    .description("Targets whose last connection test reached them")
                    .tag("kind", kind.name())
                    .register(registry);
        }
        for (String arch : ARCHITECTURES) {
            Gauge.builder("chainline.nodes", () -> nodes(arch))
                    .description("Nodes in the fleet's last inventory, by architecture")
                    .tag("architecture", arch)
                    .register(registry);
        }
    }

    private long nodes(String arch) {
        return targets().stream()
                .flatMap(t -> t.nodesByArchitecture().entrySet().stream())
                .filter(e -> arch.equals("other")
                        ? !ARCHITECTURES.subList(0, 2).contains(e.getKey())
                        : arch.equals(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue)
                .sum();
    }

    private List<TargetSummary> targets() {
        Snapshot snapshot = last.get();
        if (snapshot.at().isBefore(clock.instant().minus(FRESH))) {
            snapshot = new Snapshot(clock.instant(), fleet.list());
            last.set(snapshot);
        }
        return snapshot.targets();
    }
}
