package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the pages of open deployments current. With the {@link TargetWatcher} on (the default), the console that
 * holds a target observes it in the background, so an open page costs the targets nothing: this only reads when the
 * deployment was last observed and, when that moved (another replica observed it), tells the page to redraw. With the
 * watcher off ({@code chainline.watch.enabled=false}) it observes the open deployments itself, as before.
 */
@Component
public class LiveWatch {

    private final LiveStatus live;
    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final DeploymentEvents notify;
    private final TransactionTemplate tx;
    private final boolean background;
    private final Map<UUID, AtomicInteger> watched = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> seen = new ConcurrentHashMap<>();

    LiveWatch(
            LiveStatus live,
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            DeploymentEvents notify,
            TransactionTemplate tx,
            ObjectProvider<TargetWatcher> watcher) {
        this.live = live;
        this.deployments = deployments;
        this.jobs = jobs;
        this.notify = notify;
        this.tx = tx;
        this.background = watcher.getIfAvailable() != null;
    }

    /** Keeps the deployment's page current until the returned subscription closes (several viewers share it). */
    public DeploymentEvents.Subscription watch(UUID deploymentId) {
        watched.computeIfAbsent(deploymentId, k -> new AtomicInteger()).incrementAndGet();
        return () -> watched.computeIfPresent(deploymentId, (k, n) -> {
            if (n.decrementAndGet() > 0) {
                return n;
            }
            seen.remove(deploymentId);
            return null;
        });
    }

    @Scheduled(fixedDelayString = "${chainline.deployment.live-interval:PT10S}", initialDelayString = "PT5S")
    void look() {
        for (UUID id : watched.keySet()) {
            if (background) {
                redrawIfObserved(id);
            } else if (runs(id)) {
                live.refreshQuietly(id);
            }
        }
    }

    private void redrawIfObserved(UUID id) {
        Optional<Instant> observed = tx.execute(s -> deployments.findById(id).flatMap(Deployment::getObservedAt));
        if (observed != null && observed.isPresent()) {
            Instant before = seen.put(id, observed.get());
            if (before != null && !before.equals(observed.get())) {
                notify.changed(id);
            }
        }
    }

    private boolean runs(UUID id) {
        return Boolean.TRUE.equals(tx.execute(s -> deployments
                .findById(id)
                .map(d -> d.getState() != DeploymentState.TERMINATED
                        && d.getState() != DeploymentState.NOT_INSTANTIATED
                        // a running job observes when it ends, against the state it adopts
                        && !jobs.existsByDeploymentIdAndStateIn(id, JobLedger.ACTIVE))
                .orElse(false)));
    }
}
