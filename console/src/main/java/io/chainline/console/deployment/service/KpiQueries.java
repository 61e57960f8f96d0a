package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** A deployment's last hour of KPIs per NF, for its page and the REST API, read from the shared store. */
@Service
public class KpiQueries {

    /** One NF's figures over the window, oldest first, and its latest ones. */
    public record NfSeries(String nf, NfKpi latest, List<NfKpi> points) {
        public NfSeries {
            points = List.copyOf(points);
        }
    }

    /**
     * @param interval how often figures are taken: points further apart than two intervals have a gap between them
     */
    public record KpiSeries(UUID deploymentId, Instant from, Instant to, Duration interval, List<NfSeries> nfs) {
        public KpiSeries {
            nfs = List.copyOf(nfs);
        }
    }

    private final KpiStore store;
    private final KpiSignals signals;
    private final DeploymentEvents events;
    private final DeploymentRepository deployments;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;

    KpiQueries(
            KpiStore store,
            KpiSignals signals,
            DeploymentEvents events,
            DeploymentRepository deployments,
            Clock clock,
            @Value("${chainline.kpi.interval:PT30S}") Duration interval,
            @Value("${chainline.kpi.retention:PT1H}") Duration retention) {
        this.store = store;
        this.signals = signals;
        this.events = events;
        this.deployments = deployments;
        this.clock = clock;
        this.interval = interval;
        this.retention = retention;
    }

    /** The last {@code chainline.kpi.retention} of figures; DEPLOYMENT-NOT-FOUND for an unknown deployment. */
    public KpiSeries series(UUID deploymentId) {
        if (!deployments.existsById(deploymentId)) {
            throw Refusals.notFound(deploymentId);
        }
        Instant to = clock.instant();
        Instant from = to.minus(retention);
        Map<String, List<NfKpi>> byNf = new LinkedHashMap<>();
        store.series(deploymentId, from)
                .forEach(k ->
                        byNf.computeIfAbsent(k.nf(), n -> new ArrayList<>()).add(k));
        List<NfSeries> nfs = byNf.entrySet().stream()
                .map(e -> new NfSeries(e.getKey(), e.getValue().getLast(), e.getValue()))
                .toList();
        return new KpiSeries(deploymentId, from, to, interval, nfs);
    }

    /**
     * Calls {@code listener} after a round on this console stored new figures for the deployment, and whenever its
     * page's other status moves (every live observation while it is open), so a page on a console replica that did
     * not sample it still shows the stored figures and their age within seconds.
     */
    public DeploymentEvents.Subscription subscribe(UUID deploymentId, Runnable listener) {
        DeploymentEvents.Subscription sampled = signals.subscribe(id -> {
            if (id.equals(deploymentId)) {
                listener.run();
            }
        });
        DeploymentEvents.Subscription changed = events.subscribe(deploymentId, id -> listener.run());
        return () -> {
            sampled.close();
            changed.close();
        };
    }
}
