package io.chainline.connector.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of platform, as its connector module brings it: found with {@link java.util.ServiceLoader} (a line in {@code
 * META-INF/services/io.chainline.connector.api.Platform}), so the console knows only this contract and a new platform
 * is a new module and nothing else (ADR 23). An implementation has a public no-argument constructor and no state.
 */
public interface Platform {

    TargetKind kind();

    /** How a person names it: "Docker host or Swarm". */
    String label();

    /** What to ask for to reach a target of this kind. */
    AccessForm form();

    /**
     * Checks a filled form and makes access details of it; on a change, {@code previous} is what is stored, and a
     * field left blank keeps its stored value (secrets are never sent back to be edited).
     *
     * @throws AccessException naming the field and what to do; never quoting a secret
     */
    ResolvedAccess resolve(Map<String, String> fields, Optional<TargetAccess> previous);

    /**
     * The choices of a {@linkplain AccessForm.Field#choicesFrom() choice field}, from the answers so far (a kubeconfig's
     * contexts); the first is the one to pre-select.
     *
     * @throws AccessException when the answer they come from is unreadable
     */
    default List<String> choices(String field, Map<String, String> fields) {
        return List.of();
    }

    /** Access details as text to be sealed at rest; {@link #decode} reads them back, also as stored by older versions. */
    Map<String, String> encode(TargetAccess access);

    TargetAccess decode(Map<String, String> stored);

    /** How this platform names what the fleet lists of it. */
    Vocabulary vocabulary();

    /** What placement may put here. */
    Set<Runs> runs();

    /**
     * Whether a VDU of this shape can run here, for the designer's "Runs on" line: one answer per kind of place this
     * platform offers, by the rules its connector and placement apply later. By default, from {@link #runs()} alone.
     */
    default List<DesignFit> fit(WorkloadShape shape) {
        boolean runs = runs().contains(shape.virtualMachine() ? Runs.VIRTUAL_MACHINES : Runs.CONTAINERS);
        if (runs) {
            return List.of(DesignFit.fits(label()));
        }
        return List.of(DesignFit.refused(
                label(),
                "VDU " + shape.name() + (shape.virtualMachine() ? " is a VM; " : " is a container VDU; ") + label()
                        + (runs().contains(Runs.CONTAINERS) ? " runs containers" : " runs VM images")));
    }

    /** Makes the connectors of this kind; called once, when the console starts. */
    ConnectorFactory connectors(PlatformContext context);

    /** What a platform runs network functions as. */
    enum Runs {
        CONTAINERS,
        VIRTUAL_MACHINES
    }

    /**
     * The words for a target's inventory.
     *
     * @param node one of its nodes ("node", "hypervisor", "engine")
     * @param nodes several ("nodes", "hypervisors", "Swarm nodes")
     * @param runtimes what it calls its runtimes ("runtime classes", "flavours", "runtimes")
     */
    record Vocabulary(String node, String nodes, String runtimes) {}
}
