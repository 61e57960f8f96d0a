package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.OnboardedResource;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;

/** SOL005's rules for enabling and disabling a package or an NSD: only once onboarded, and only as a change. */
final class OperationalStateRules {

    private OperationalStateRules() {}

    static void requireChange(Onboarding.Kind kind, OnboardedResource resource, OperationalState wanted) {
        if (resource.getOnboardingState() != OnboardingState.ONBOARDED) {
            throw new ChainlineException(
                    kind.prefix() + "-NOT-ONBOARDED",
                    Category.CONFLICT,
                    "Only an onboarded " + kind.label() + " is enabled or disabled; this one is "
                            + resource.getOnboardingState() + ".");
        }
        if (wanted == resource.getOperationalState()) {
            // SOL005 §9.4.3.3.4 / §5.4.3.3.4: changing to the state the resource already has is a conflict
            throw new ChainlineException(
                    kind.prefix() + "-STATE-UNCHANGED",
                    Category.CONFLICT,
                    "This " + kind.label() + " is already " + wanted + "; nothing was changed.");
        }
    }
}
