package io.chainline.connector.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a {@link WorkloadShape} can run on one kind of place a platform offers (a platform may offer several: a
 * Docker host and a Swarm are two), by the same rules its connector and placement apply when deploying.
 *
 * @param label how a person names that kind of place: "Swarm"
 * @param refusal why it cannot run there, naming the VDU; empty when it can
 * @param needs what a target must offer for it to run there ("the kata-qemu runtime class"); empty when nothing
 */
public record DesignFit(String label, Optional<String> refusal, Optional<String> needs) {

    public DesignFit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(needs, "needs");
    }

    public static DesignFit fits(String label) {
        return new DesignFit(label, Optional.empty(), Optional.empty());
    }

    public static DesignFit refused(String label, String why) {
        return new DesignFit(label, Optional.of(why), Optional.empty());
    }

    public static DesignFit needing(String label, String what) {
        return new DesignFit(label, Optional.empty(), Optional.of(what));
    }

    public boolean runs() {
        return refusal.isEmpty();
    }
}
