package io.chainline.console.deployment.domain;

/** What a step does: check images, make one target match the desired unit, or remove what a deployment owns there. */
public enum StepKind {
    GATE,
    APPLY,
    DESTROY,
    REMOVE_WORKLOAD
}
