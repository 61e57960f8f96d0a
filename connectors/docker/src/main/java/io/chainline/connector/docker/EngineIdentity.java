package io.chainline.connector.docker;

import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which engine answers the Docker API and what it can really run. podman speaks the same API and says {@code Version
 * 4.3.1} there too, so its name comes from {@code /version}'s components ("Podman Engine"). Its {@code /info} lists
 * every runtime its configuration names, installed or not (kata, krun, runsc…); the runtime it actually uses is the
 * one {@code /version} reports as a component ("OCI Runtime (runc)"), so on podman only that one is offered. dockerd
 * lists only the runtimes registered in daemon.json, which it offers as they are.
 *
 * @param product "Podman" or "Docker"
 * @param version the engine's version, as the engine's own component states it
 * @param runtimes installed runtimes, name to path
 */
record EngineIdentity(String product, String version, Map<String, String> runtimes) {

    static final String PODMAN = "Podman";
    static final String DOCKER = "Docker";
    private static final String OCI_RUNTIME = "OCI Runtime (";

    /** A component of {@code /version}: its name and version. */
    record Component(String name, String version) {}

    static EngineIdentity of(Version version, Info info) {
        List<Component> components = Optional.ofNullable(version.getComponents()).orElse(List.of()).stream()
                .map(c -> new Component(String.valueOf(c.getName()), String.valueOf(c.getVersion())))
                .toList();
        Map<String, String> configured = new TreeMap<>();
        Optional.ofNullable(info.getRuntimes())
                .orElse(Map.of())
                .forEach((name, runtime) -> configured.put(name, String.valueOf(runtime.getPath())));
        String platform = version.getPlatform() == null
                ? ""
                : String.valueOf(version.getPlatform().getName());
        // docker-java does not map /info DefaultRuntime; podman always names its runtime among the components
        return of(components, platform, String.valueOf(version.getVersion()), configured, null);
    }

    /** The same from plain values: what the unit tests feed. */
    static EngineIdentity of(
            List<Component> components,
            String platform,
            String version,
            Map<String, String> configured,
            String defaultRuntime) {
        Optional<Component> podman = components.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains("podman"))
                .findFirst();
        boolean isPodman =
                podman.isPresent() || platform.toLowerCase(Locale.ROOT).contains("podman");
        if (!isPodman) {
            return new EngineIdentity(DOCKER, version, Map.copyOf(configured));
        }
        Set<String> used = new TreeSet<>();
        components.stream()
                .map(Component::name)
                .filter(n -> n.startsWith(OCI_RUNTIME) && n.endsWith(")"))
                .forEach(n -> used.add(n.substring(OCI_RUNTIME.length(), n.length() - 1)));
        if (used.isEmpty() && defaultRuntime != null && !defaultRuntime.isBlank()) {
            used.add(defaultRuntime);
        }
        Map<String, String> installed = new TreeMap<>();
        used.forEach(name -> installed.put(name, configured.getOrDefault(name, name)));
        return new EngineIdentity(PODMAN, podman.map(Component::version).orElse(version), installed);
    }

    /** "Podman 4.3.1", "Docker 27.3.1". */
    String describe() {
        return product + " " + version;
    }
}
