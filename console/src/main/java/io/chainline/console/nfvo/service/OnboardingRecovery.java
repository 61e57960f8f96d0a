package io.chainline.console.nfvo.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, fails uploads a stopped console left half-onboarded (longer ago than any onboarding takes), so their
 * clients see ERROR and upload again instead of waiting on PROCESSING for ever.
 */
@Component
class OnboardingRecovery {

    private static final Logger log = LoggerFactory.getLogger(OnboardingRecovery.class);

    private final VnfPackageService packages;
    private final NsdService nsds;

    OnboardingRecovery(VnfPackageService packages, NsdService nsds) {
        this.packages = packages;
        this.nsds = nsds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int failed = packages.failStuck() + nsds.failStuck();
        if (failed > 0) {
            log.warn(
                    "{} uploads were interrupted while onboarding; they are now ERROR (ONBOARDING-INTERRUPTED)",
                    failed);
        }
    }
}
