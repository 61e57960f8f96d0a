package io.chainline.connector.docker;

import io.chainline.connector.api.Plan;

/** One planned action and how to carry it out: plan shows the actions, apply runs the changes in order. */
record Step(Plan.Action action, Runnable run) {

    static Step unchanged(Plan.Action action) {
        return new Step(action, () -> {});
    }
}
