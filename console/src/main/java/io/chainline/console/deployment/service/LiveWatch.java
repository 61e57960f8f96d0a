package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Observes the deployments someone has open, every few seconds, so the page's Live table is current without a manual
 * refresh (each observation notifies {@link DeploymentEvents}, which redraws the page). Deployments nobody looks at
 * are observed only by the slower drift monitor; terminated ones not at all, since nothing of them runs.
 */
@Component
public class LiveWatch {

    private final LiveStatus live;
    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final TransactionTemplate tx;
    private final Map<UUID, AtomicInteger> watched = new ConcurrentHashMap<>();

    LiveWatch(LiveStatus live, DeploymentRepository deployments, DeploymentJobRepository jobs, TransactionTemplate tx) {
        this.live = live;
        this.deployments = deployments;
        this.jobs = jobs;
        this.tx = tx;
    }

    /** Keeps the deployment observed until the returned subscription closes (several viewers share it). */
    public DeploymentEvents.Subscription watch(UUID deploymentId) {
        watched.computeIfAbsent(deploymentId, k -> new AtomicInteger()).incrementAndGet();
        return () -> watched.computeIfPresent(deploymentId, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    @Scheduled(fixedDelayString = "${chainline.deployment.live-interval:PT10S}", initialDelayString = "PT5S")
    void look() {
        for (UUID id : watched.keySet()) {
            boolean runs = Boolean.TRUE.equals(tx.execute(s -> deployments
                    .findById(id)
                    .map(d -> d.getState() != DeploymentState.TERMINATED
                            && d.getState() != DeploymentState.NOT_INSTANTIATED
                            // a running job observes when it ends, against the state it adopts
                            && !jobs.existsByDeploymentIdAndStateIn(id, JobLedger.ACTIVE))
                    .orElse(false)));
            if (runs) {
                live.refreshQuietly(id);
            }
        }
    }
}
