package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a container needs to run that SOL001's OsContainer has no words for: the ports it listens on, its
 * environment, its health probes and the Linux capabilities it needs beyond the default set ({@code NET_ADMIN} for a
 * forwarding NF that sets its own routes). Written as properties of Chainline's derived OsContainer type
 * ({@code io.chainline.nodes.nfv.Vdu.OsContainer}), so descriptors with them stay valid SOL001.
 */
public record ContainerExtensions(
        List<Port> ports,
        Map<String, String> environment,
        Optional<Probe> liveness,
        Optional<Probe> readiness,
        Set<String> capabilities) {

    public static final ContainerExtensions NONE =
            new ContainerExtensions(List.of(), Map.of(), Optional.empty(), Optional.empty());

    /** Extensions without extra capabilities. */
    public ContainerExtensions(
            List<Port> ports, Map<String, String> environment, Optional<Probe> liveness, Optional<Probe> readiness) {
        this(ports, environment, liveness, readiness, Set.of());
    }

    public ContainerExtensions withCapabilities(Set<String> added) {
        return new ContainerExtensions(ports, environment, liveness, readiness, added);
    }

    /** @param protocol TCP, UDP or SCTP */
    public record Port(String name, int port, String protocol) {}

    /**
     * @param kind http (GET {@code target} on {@code port}), tcp (connect to {@code port}) or exec (run {@code
     *     target})
     */
    public record Probe(String kind, String target, int port, int periodSeconds) {}

    public ContainerExtensions {
        ports = List.copyOf(ports);
        environment = Maps.sorted(environment);
        // absent (null) in models stored as JSON before containers had capabilities: those drafts must still load
        capabilities = capabilities == null
                ? Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(capabilities)); // a set: sorted
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
