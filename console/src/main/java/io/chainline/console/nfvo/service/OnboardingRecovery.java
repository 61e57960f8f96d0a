package io.chainline.console.nfvo.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps onboarding honest across console deaths, on every replica: this console beats for the uploads it has in hand,
 * and at start and then every heartbeat fails (ONBOARDING-INTERRUPTED) the uploads whose console stopped beating, so
 * their clients see ERROR and upload again instead of waiting on PROCESSING for ever. The same rhythm as the jobs'.
 */
@Component
class OnboardingRecovery {

    private static final Logger log = LoggerFactory.getLogger(OnboardingRecovery.class);

    private final VnfPackageService packages;
    private final NsdService nsds;
    private final PnfdService pnfds;
    private final OnboardingLease lease;

    OnboardingRecovery(VnfPackageService packages, NsdService nsds, PnfdService pnfds, OnboardingLease lease) {
        this.packages = packages;
        this.nsds = nsds;
        this.pnfds = pnfds;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${chainline.jobs.heartbeat:PT5S}", initialDelayString = "PT1S")
    void beat() {
        lease.beat();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        failInterrupted();
    }

    @Scheduled(fixedDelayString = "${chainline.jobs.heartbeat:PT5S}", initialDelayString = "PT5S")
    void failInterrupted() {
        int failed = packages.failInterrupted() + nsds.failInterrupted() + pnfds.failInterrupted();
        if (failed > 0) {
            log.warn(
                    "chainline.onboarding.recovered count={} by={}: uploads whose console stopped while onboarding"
                            + " them are now ERROR (ONBOARDING-INTERRUPTED)",
                    failed,
                    lease.owner());
        }
    }
}
