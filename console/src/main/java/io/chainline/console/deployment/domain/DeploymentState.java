package io.chainline.console.deployment.domain;

/** Where a deployment is in its life, as SOL005 names an NS instance's (NOT_INSTANTIATED / INSTANTIATED) and more. */
public enum DeploymentState {
    NOT_INSTANTIATED,
    INSTANTIATING,
    INSTANTIATED,
    FAILED,
    TERMINATING,
    TERMINATED;

    public boolean live() {
        return this == INSTANTIATED || this == FAILED || this == INSTANTIATING || this == TERMINATING;
    }
}
