package io.chainline.connector.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A hint from a target's watch or event API that something a deployment owns there changed (a container died or was
 * removed, a pod was deleted or restarted): the console re-observes that deployment at once instead of at its next
 * poll. A hint, not a state: what it means is read with {@link Connector#observe}, so a lost or repeated signal is
 * harmless.
 *
 * @param deployment the deployment's id, from the {@link Ownership#DEPLOYMENT} label; empty for {@link #lost}
 * @param workload the workload ({@code firewall-fw}) from the {@link Ownership#NF} and {@link Ownership#VDU} labels;
 *     empty when the resource carries none
 * @param resource what changed; empty for {@link #lost}
 * @param reason what the platform said happened ({@code die}, {@code destroy}, {@code DELETED}, ...), or why the watch
 *     ended
 */
public record ChangeSignal(
        Optional<String> deployment, String workload, Optional<ResourceRef> resource, String reason) {

    public ChangeSignal {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(resource, "resource");
        workload = workload == null ? "" : workload;
        reason = reason == null ? "" : reason;
    }

    /** Something of {@code deployment} changed. */
    public static ChangeSignal of(String deployment, String workload, ResourceRef resource, String reason) {
        return new ChangeSignal(Optional.of(deployment), workload, Optional.of(resource), reason);
    }

    /**
     * The watch ended (the connection dropped, the engine restarted): changes may have been missed, so whoever watches
     * re-observes everything on the target and opens a new watch.
     */
    public static ChangeSignal lost(String why) {
        return new ChangeSignal(Optional.empty(), "", Optional.empty(), why);
    }

    public boolean isLost() {
        return deployment.isEmpty();
    }

    /** {@code firewall-fw} from a resource's NF and VDU labels, or empty when it has neither. */
    public static String workload(java.util.Map<String, String> labels) {
        String nf = labels == null ? null : labels.get(Ownership.NF);
        String vdu = labels == null ? null : labels.get(Ownership.VDU);
        return nf == null || vdu == null ? "" : nf + "-" + vdu;
    }
}
