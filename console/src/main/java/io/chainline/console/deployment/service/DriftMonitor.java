package io.chainline.console.deployment.service;

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

    DriftMonitor(DriftService drift, LiveStatus live) {
        this.drift = drift;
        this.live = live;
    }

    @Scheduled(fixedDelayString = "${chainline.deployment.drift-interval:PT5M}", initialDelayString = "PT1M")
    void look() {
        drift.idle().forEach(id -> {
            try {
                live.refresh(id);
                drift.check(id);
            } catch (RuntimeException e) {
                log.warn("chainline.drift.check-failed deployment={} error={}", id, e.toString());
            }
        });
    }
}
