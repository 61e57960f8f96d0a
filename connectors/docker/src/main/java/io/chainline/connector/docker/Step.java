package io.chainline.connector.docker;

import io.chainline.connector.api.Plan;

/** One planned action and how to carry it out: plan shows the actions, apply runs the changes in order. */
record Step(Plan.Action action, Runnable run) {

    /** {@code step.container.create}: what {@link ApplyTimings} sums this step's time under. */
    String timingName() {
        return "step." + action.resource().kind() + "." + action.change().name().toLowerCase(java.util.Locale.ROOT);
    }

    static Step unchanged(Plan.Action action) {
        return new Step(action, () -> {});
    }
}
