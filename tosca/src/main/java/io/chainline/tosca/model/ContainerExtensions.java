package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a container needs to run that SOL001's OsContainer has no words for: the ports it listens on, its
 * environment and its health probes. Written as properties of Chainline's derived OsContainer type
 * ({@code io.chainline.nodes.nfv.Vdu.OsContainer}), so descriptors with them stay valid SOL001.
 */
public record ContainerExtensions(
        List<Port> ports, Map<String, String> environment, Optional<Probe> liveness, Optional<Probe> readiness) {

    public static final ContainerExtensions NONE =
            new ContainerExtensions(List.of(), Map.of(), Optional.empty(), Optional.empty());

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
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
