package io.chainline.console.deployment.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Workload;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.PeriodicTask;
import io.chainline.console.base.service.PeriodicWork;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.console.fleet.service.TargetLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code chainline.kpi.interval}, samples the running deployments this console is the one to sample, stores
 * their per-NF figures, deletes those older than {@code chainline.kpi.retention}, refreshes the Prometheus gauges from
 * the stored figures and tells open pages. A deployment is sampled by the console holding the lease of its first
 * target (by id), so with several replicas exactly one samples it, whole, and NFs spread over targets add up.
 */
@Component
public class KpiSampler implements PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(KpiSampler.class);

    private final DeploymentRepository deployments;
    private final DeploymentJson json;
    private final FleetService fleet;
    private final TargetLeases leases;
    private final KpiStore store;
    private final KpiMetrics metrics;
    private final KpiSignals signals;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;
    private final PeriodicTask rounds;

    KpiSampler(
            DeploymentRepository deployments,
            DeploymentJson json,
            FleetService fleet,
            TargetLeases leases,
            KpiStore store,
            KpiMetrics metrics,
            KpiSignals signals,
            TransactionTemplate tx,
            Clock clock,
            @Value("${chainline.kpi.interval:PT30S}") Duration interval,
            @Value("${chainline.kpi.retention:PT1H}") Duration retention) {
        this.deployments = deployments;
        this.json = json;
        this.fleet = fleet;
        this.leases = leases;
        this.store = store;
        this.metrics = metrics;
        this.signals = signals;
        this.tx = tx;
        this.clock = clock;
        this.interval = interval;
        this.retention = retention;
        this.rounds = new PeriodicTask("kpi-sampler", interval, interval, this::round);
    }

    /** One round; returns the deployments it sampled. */
    public List<UUID> round() {
        Instant now = clock.instant();
        List<UUID> sampled = new ArrayList<>();
        running().forEach((id, desired) -> {
            if (mine(desired)) {
                figures(id, desired, now).ifPresent(f -> store.save(id, f));
                sampled.add(id);
            }
        });
        store.prune(now.minus(retention));
        metrics.show(store.latestEverywhere(now.minus(interval.multipliedBy(3))));
        signals.sampled(sampled);
        return sampled;
    }

    private Map<UUID, DesiredState> running() {
        return tx.execute(s ->
                deployments.findByStateIn(List.of(DeploymentState.INSTANTIATED, DeploymentState.FAILED)).stream()
                        .filter(d -> d.getDesiredJson() != null)
                        .collect(Collectors.toMap(
                                d -> d.getId(), d -> json.read(d.getDesiredJson(), DesiredState.class))));
    }

    private boolean mine(DesiredState desired) {
        return desired.units().stream()
                .map(DesiredState.TargetUnit::targetId)
                .min(Comparator.naturalOrder())
                .map(leases::holds)
                .orElse(false);
    }

    /** The NFs' figures, or none when a target could not be reached: a gap, not a row of zeros or "not available". */
    private Optional<List<NfKpi>> figures(UUID id, DesiredState desired, Instant now) {
        List<KpiAggregation.UnitSamples> units = new ArrayList<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            Map<String, String> nfByWorkload = unit.unit().workloads().stream()
                    .collect(Collectors.toMap(Workload::name, Workload::nf, (a, b) -> a));
            try (Connector connector = fleet.connect(unit.targetId())) {
                units.add(new KpiAggregation.UnitSamples(
                        nfByWorkload, connector.sample(unit.unit().ref())));
            } catch (ConnectorException | ChainlineException e) {
                log.warn(
                        "chainline.kpi.sample-failed deployment={} target={} error={}",
                        id,
                        unit.targetName(),
                        e.toString());
                return Optional.empty();
            }
        }
        return Optional.of(KpiAggregation.aggregate(units, store.latest(id), now));
    }

    @Override
    public PeriodicTask rounds() {
        return rounds;
    }
}
