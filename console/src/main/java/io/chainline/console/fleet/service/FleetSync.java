package io.chainline.console.fleet.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps every target's inventory fresh: a sync per target at {@code chainline.fleet.sync-interval} (default 5 min). */
@Component
@ConditionalOnProperty(name = "chainline.fleet.sync-enabled", havingValue = "true", matchIfMissing = true)
class FleetSync {

    private static final Logger log = LoggerFactory.getLogger(FleetSync.class);

    private final FleetService fleet;

    FleetSync(FleetService fleet) {
        this.fleet = fleet;
    }

    @Scheduled(
            initialDelayString = "${chainline.fleet.sync-initial-delay:PT1M}",
            fixedDelayString = "${chainline.fleet.sync-interval:PT5M}")
    void syncAll() {
        int synced = fleet.syncAll();
        log.info("chainline.fleet.synced targets={}", synced);
    }
}
