package io.chainline.connector.docker;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The real engines .ci/engines.sh starts (podman's Docker API, and dockerd as a Swarm manager), read from the file it
 * writes. Without it the tests fail and say how to start them: they are about real engines, not stand-ins.
 */
final class Engines {

    private static final Properties ENV = read();

    private Engines() {}

    private static Properties read() {
        Path file = Path.of(Optional.ofNullable(System.getenv("CHAINLINE_TEST_ENGINES"))
                .orElse("/tmp/chainline-engines/engines.env"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No container engines: " + file + " is missing. Start them with"
                    + " 'sudo .ci/engines.sh start' (podman API and dockerd as a Swarm manager).");
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String podman() {
        return ENV.getProperty("PODMAN_HOST");
    }

    static String swarm() {
        return ENV.getProperty("SWARM_HOST");
    }

    static String podmanImage() {
        return ENV.getProperty("PODMAN_IMAGE");
    }

    static String swarmImage() {
        return ENV.getProperty("SWARM_IMAGE");
    }

    static DockerConnector connect(String host) {
        return (DockerConnector) new DockerConnectorFactory(Clock.systemUTC())
                .connect(new DockerAccess(
                        URI.create(host), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /**
     * classifier → firewall (2 instances, a configuration file), on amd64 or arm64; with a health check where the
     * engine runs them (podman runs health checks through systemd timers, which the CI machine does not have).
     */
    static DeploymentUnit sample(DeploymentRef ref, String image, boolean healthChecked) {
        Optional<Workload.Probe> alive =
                healthChecked ? Optional.of(new Workload.Probe("exec", "test -d /proc/1", 0, 1)) : Optional.empty();
        Workload classifier = workload("classifier", "cls", 1, image, Optional.empty(), Map.of());
        Workload firewall = workload("firewall", "fw", 2, image, alive, Map.of("rules.conf", "deny all\n"));
        return new DeploymentUnit(
                ref,
                List.of(classifier, firewall),
                List.of(new DeploymentUnit.Flow("classifier", "firewall", List.of())),
                List.of());
    }

    static Workload workload(
            String nf,
            String vdu,
            int replicas,
            String image,
            Optional<Workload.Probe> probe,
            Map<String, String> config) {
        return new Workload(
                nf,
                vdu,
                false,
                replicas,
                List.of(new Workload.ContainerSpec(
                        "main", image, 100, 200, 32L << 20, 64L << 20, Map.of("NF", nf), List.of(), probe, probe)),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                Set.of(Architecture.AMD64, Architecture.ARM64),
                false,
                List.of(),
                config);
    }

    /** The forwarding NF stand-in (.ci/nf-image.sh), or -Dchainline.nfImage to try another build. */
    static String nfImage() throws java.io.IOException {
        String override = System.getProperty("chainline.nfImage");
        if (override != null && !override.isBlank()) {
            return override;
        }
        java.nio.file.Path file = java.nio.file.Path.of(Optional.ofNullable(System.getenv("CHAINLINE_TEST_NF_IMAGE"))
                .orElse("/tmp/chainline-engines/nf-image.env"));
        Properties env = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file)) {
            env.load(in);
        }
        return env.getProperty("NF_IMAGE");
    }
}
