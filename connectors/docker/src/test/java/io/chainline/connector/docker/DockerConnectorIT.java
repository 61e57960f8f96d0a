package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Workload;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real engines: what the contract does not say (placement, refusals, inventory, failure classes). */
class DockerConnectorIT {

    private static DockerConnector podman;
    private static DockerConnector swarm;
    private static DockerClient swarmClient;
    private final DockerConnectorFactory factory = new DockerConnectorFactory(Clock.systemUTC());

    @BeforeAll
    static void connect() {
        podman = Engines.connect(Engines.podman());
        swarm = Engines.connect(Engines.swarm());
        swarmClient = DockerClients.of(Engines.swarm());
    }

    @AfterAll
    static void close() throws Exception {
        podman.close();
        swarm.close();
        swarmClient.close();
    }

    private static DeploymentRef fresh() {
        return DeploymentRef.of("dc-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Workload only(String nf, String image, Set<Architecture> archs, Workload.Isolation isolation) {
        Workload base = Engines.workload(nf, "main", 1, image, Optional.empty(), Map.of());
        return new Workload(
                nf,
                "main",
                false,
                1,
                base.containers(),
                Optional.empty(),
                isolation,
                isolation == Workload.Isolation.SANDBOXED ? Optional.of("kata-qemu") : Optional.empty(),
                archs,
                false,
                List.of(),
                Map.of());
    }

    @Test
    void bothEnginesAreReachedAndReportTheirArchitectureNormalised() {
        ConnectionCheck plain = podman.check(Duration.ofSeconds(10));
        ConnectionCheck managed = swarm.check(Duration.ofSeconds(10));
        Inventory host = podman.inventory();
        Inventory nodes = swarm.inventory();

        assertThat(plain.ok()).as(plain.message()).isTrue();
        assertThat(managed.serverVersion()).get().asString().startsWith("Docker Swarm manager");
        assertThat(host.nodes()).singleElement().satisfies(n -> {
            assertThat(n.reportedArchitecture()).isIn("x86_64", "amd64", "aarch64", "arm64");
            assertThat(n.architecture()).isPresent();
            assertThat(n.allocatableMilliCpu()).isPositive();
            assertThat(n.allocatableMemoryBytes()).isPositive();
        });
        assertThat(nodes.nodes())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.architecture()).isPresent());
        assertThat(nodes.serverVersion()).endsWith("(Swarm)");
        assertThat(nodes.runtimeClasses())
                .extracting(Inventory.RuntimeClass::name)
                .contains("runc");
    }

    @Test
    void podmanIsReportedAsPodmanAndOffersOnlyTheRuntimeItRuns() {
        ConnectionCheck plain = podman.check(Duration.ofSeconds(10));
        Inventory host = podman.inventory();

        assertThat(plain.serverVersion()).get().asString().startsWith("Podman ");
        assertThat(host.serverVersion()).matches("Podman \\d+\\.\\d+.*");
        // podman's /info lists kata, krun, runsc… from its configuration although none is installed here
        assertThat(host.runtimeClasses())
                .extracting(Inventory.RuntimeClass::name)
                .containsExactly("runc");
        assertThat(podman.capabilities().sandboxedRuntimes()).isEmpty();
        assertThat(swarm.inventory().serverVersion()).startsWith("Docker ");
    }

    @Test
    void anImageForAnotherArchitectureIsRefusedBeforeAnythingIsCreated() {
        Architecture other =
                podman.facts().architectures().contains(Architecture.AMD64) ? Architecture.ARM64 : Architecture.AMD64;
        DeploymentRef ref = fresh();
        DeploymentUnit unit = new DeploymentUnit(
                ref,
                List.of(only("edge", Engines.podmanImage(), Set.of(other), Workload.Isolation.SHARED_KERNEL)),
                List.of(),
                List.of());

        assertThatThrownBy(() -> podman.apply(unit, Duration.ZERO))
                .isInstanceOfSatisfying(
                        ConnectorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("runs on [" + other.ociName() + "]")
                .hasMessageContaining("this host is");
        assertThat(podman.observe(ref).isEmpty()).isTrue();
    }

    @Test
    void aSandboxedVduIsRefusedWhereNoKataRuntimeIsRegistered() {
        DeploymentUnit unit = new DeploymentUnit(
                fresh(),
                List.of(only("fw", Engines.podmanImage(), Set.of(), Workload.Isolation.SANDBOXED)),
                List.of(),
                List.of());

        assertThatThrownBy(() -> podman.plan(unit)).hasMessageContaining("runtime 'kata-qemu'");
        assertThatThrownBy(() -> swarm.plan(unit)).hasMessageContaining("Swarm services cannot choose an OCI runtime");
    }

    @Test
    void configurationLandsAsFilesAndTheNfIsReachableByName() throws Exception {
        DeploymentRef ref = fresh();
        DeploymentUnit unit = Engines.sample(ref, Engines.podmanImage(), false);
        try (DockerClient docker = DockerClients.of(Engines.podman())) {
            podman.apply(unit, Duration.ofSeconds(30));

            var container = docker.inspectContainerCmd("chainline-" + ref.id() + "-firewall-fw-1")
                    .exec();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            try (var tar = new TarArchiveInputStream(
                    docker.copyArchiveFromContainerCmd(container.getId(), "/etc/chainline/config/rules.conf")
                            .exec())) {
                tar.getNextEntry();
                tar.transferTo(read);
            }

            assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo("deny all\n");
            assertThat(container.getConfig().getLabels()).containsEntry("chainline.io/deployment", ref.id());
            assertThat(container.getConfig().getEnv()).contains("NF=firewall");
            assertThat(container.getHostConfig().getMemory()).isEqualTo(64L << 20);
            assertThat(container.getNetworkSettings().getNetworks()).containsKey("chainline-" + ref.id());
        } finally {
            podman.destroy(ref);
        }
    }

    @Test
    void swarmServicesArePlacedByArchitectureInTheEnginesSpelling() {
        DeploymentRef ref = fresh();
        Architecture mine = swarm.facts().architectures().iterator().next();
        DeploymentUnit unit = new DeploymentUnit(
                ref,
                List.of(only("router", Engines.swarmImage(), Set.of(mine), Workload.Isolation.SHARED_KERNEL)),
                List.of(),
                List.of());
        try {
            swarm.apply(unit, Duration.ZERO);

            var spec = swarmClient
                    .inspectServiceCmd("chainline-" + ref.id() + "-router-main")
                    .exec()
                    .getSpec();
            assertThat(spec.getTaskTemplate().getPlacement().getConstraints())
                    .contains("node.platform.arch==" + Specs.engineArchitecture(mine));
        } finally {
            swarm.destroy(ref);
        }
    }

    @Test
    void endpointsThatCannotBeUsedSayWhy() {
        ConnectionCheck missing = factory.check(
                new DockerAccess(
                        URI.create("unix:///tmp/chainline-engines/no-such.sock"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                Duration.ofSeconds(5));
        ConnectionCheck unknown = factory.check(
                new DockerAccess(
                        URI.create("tcp://no-such-docker.invalid:2376"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                Duration.ofSeconds(10));
        ConnectionCheck ssh = factory.check(
                new DockerAccess(
                        URI.create("ssh://nfv@edge-7"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                Duration.ofSeconds(1));

        assertThat(missing.failure()).as(missing.message()).contains(ConnectionCheck.Failure.REFUSED);
        assertThat(unknown.failure()).as(unknown.message()).contains(ConnectionCheck.Failure.DNS);
        assertThat(ssh.failure()).contains(ConnectionCheck.Failure.BAD_ACCESS);
        assertThat(ssh.message()).contains("ssh -nNT -L");
    }
}
