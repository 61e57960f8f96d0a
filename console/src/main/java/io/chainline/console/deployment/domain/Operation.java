package io.chainline.console.deployment.domain;

/** What a job does to a deployment. */
public enum Operation {
    INSTANTIATE,
    SCALE,
    HEAL,
    UPGRADE,
    RECONCILE,
    TERMINATE
}
