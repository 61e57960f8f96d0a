package io.chainline.console.nfvo.domain;

/** SOL005's onboarding states of a VNF package or an NS descriptor; ONBOARDED and ERROR end an upload. */
public enum OnboardingState {
    CREATED,
    UPLOADING,
    PROCESSING,
    ONBOARDED,
    ERROR;

    /** Content may be uploaded to a new resource, and again after a failed onboarding. */
    public boolean acceptsContent() {
        return this == CREATED || this == ERROR;
    }
}
