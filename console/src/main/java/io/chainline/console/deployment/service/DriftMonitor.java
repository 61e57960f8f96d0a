package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks at every running deployment periodically: its live state and its drift. */
@Component
@ConditionalOnProperty(name = "chainline.deployment.drift-enabled", havingValue = "true", matchIfMissing = true)
class DriftMonitor {

    private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);

    private final DriftService drift;
    private final LiveStatus live;
    private final DeploymentRepository deployments;

    DriftMonitor(DriftService drift, LiveStatus live, DeploymentRepository deployments) {
        this.drift = drift;
        this.live = live;
        this.deployments = deployments;
    }

    @Scheduled(fixedDelayString = "${chainline.deployment.drift-interval:PT5M}", initialDelayString = "PT1M")
    void look() {
        deployments
                .findByStateIn(List.of(DeploymentState.INSTANTIATED, DeploymentState.FAILED))
                .forEach(d -> {
                    try {
                        live.refresh(d.getId());
                        drift.check(d.getId());
                    } catch (RuntimeException e) {
                        log.warn("chainline.drift.check-failed deployment={} error={}", d.getName(), e.toString());
                    }
                });
    }
}
