package io.chainline.console.nfvo.domain;

/** Whether an onboarded package or descriptor may be used for new NS instances. */
public enum OperationalState {
    ENABLED,
    DISABLED
}
