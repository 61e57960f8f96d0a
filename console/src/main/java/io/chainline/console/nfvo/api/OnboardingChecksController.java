package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.OnboardingChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chainline's own view of how an onboarded SOL005 package or NSD was checked: the profile and the warnings (issue 23).
 * Kept off the SOL005 resources so they stay as ETSI defines them.
 */
@RestController
@Tag(name = "onboarding", description = "How SOL005 uploads were checked: profile and warnings (Chainline's own API)")
class OnboardingChecksController {

    private final OnboardingChecks checks;

    OnboardingChecksController(OnboardingChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/api/v1/onboarding/vnf-packages/{id}/check")
    @Operation(
            summary = "The profile an onboarded VNF package was checked with and its warnings (404 before it onboards)")
    OnboardingChecks.CheckView vnfPackage(@PathVariable UUID id) {
        return checks.vnfPackage(id);
    }

    @GetMapping("/api/v1/onboarding/nsds/{id}/check")
    @Operation(summary = "The profile an onboarded NSD was checked with and its warnings (404 before it onboards)")
    OnboardingChecks.CheckView nsd(@PathVariable UUID id) {
        return checks.nsd(id);
    }
}
