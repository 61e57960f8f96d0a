package io.chainline.console.fleet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.fleet.domain.Health;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registering targets, sealing their secrets, testing them and syncing what they have. */
@IntegrationTest
class FleetServiceIT {

    @Autowired
    FleetService fleet;

    @Autowired
    JdbcTemplate jdbc;

    private final MockKubernetes cluster = new MockKubernetes();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static TargetRequest kubernetes(String name, String kubeconfig, String context) {
        return new TargetRequest(
                name,
                TargetKind.KUBERNETES,
                "paris-1",
                "eu-west",
                Map.of("tier", "edge"),
                new TargetRequest.Kubernetes(kubeconfig, context, null, null, null),
                null,
                null);
    }

    @Test
    void aPastedKubeconfigIsRegisteredSealedTestedAndSyncedByArchitecture() {
        String token = "tok-" + UUID.randomUUID();
        TargetSummary target = fleet.register(kubernetes(unique("edge"), cluster.kubeconfig(token), null), "admin");

        assertThat(target.endpoint()).isEqualTo(cluster.url() + " (context edge-admin)");
        assertThat(target.health()).isEqualTo(Health.UNKNOWN);
        String sealed =
                jdbc.queryForObject("select access_sealed from fleet_target where id = ?", String.class, target.id());
        assertThat(sealed).startsWith("v2:").doesNotContain(token).doesNotContain("clusters");

        ConnectionCheck check = fleet.test(target.id(), "admin");
        TargetSummary synced = fleet.sync(target.id());

        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(fleet.get(target.id()).health()).isEqualTo(Health.REACHABLE);
        assertThat(synced.nodesByArchitecture()).containsExactly(Map.entry("amd64", 2L), Map.entry("arm64", 1L));
        assertThat(synced.architectureCounts()).isEqualTo("amd64 2 · arm64 1");
        assertThat(synced.capacity()).isEqualTo("12.0 CPU · 48 GiB");
        assertThat(synced.runtimeClasses()).containsExactly("kata-qemu");
        assertThat(synced.serverVersion()).isEqualTo("Kubernetes v1.33.2");
        assertThat(fleet.nodes(target.id()))
                .filteredOn(n -> n.name().equals("edge-a2"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.architecture()).isEqualTo("amd64");
                    assertThat(n.reportedArchitecture()).isEqualTo("x86_64");
                    assertThat(n.labels()).containsEntry("topology.kubernetes.io/zone", "z1");
                });
    }

    @Test
    void aChangeWithoutSecretsKeepsTheStoredOnesAndAnotherContextCanBeChosen() {
        TargetSummary target = fleet.register(kubernetes(unique("edge"), cluster.kubeconfig("t1"), null), "admin");

        TargetSummary changed = fleet.update(
                target.id(),
                target.version(),
                new TargetRequest(
                        target.name(),
                        TargetKind.KUBERNETES,
                        "lyon-2",
                        "eu-west",
                        Map.of(),
                        new TargetRequest.Kubernetes(null, "edge-readonly", null, null, null),
                        null,
                        null),
                "admin");

        assertThat(changed.site()).isEqualTo("lyon-2");
        assertThat(changed.endpoint()).endsWith("(context edge-readonly)");
        assertThat(fleet.test(target.id(), "admin").ok()).isTrue();
        assertThatThrownBy(
                        () -> fleet.update(target.id(), target.version(), kubernetes(target.name(), null, null), "bob"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-CONFLICT"));
        assertThatThrownBy(() ->
                        fleet.update(target.id(), changed.version(), kubernetes(target.name(), null, "prod"), "admin"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-KUBE-CONTEXT");
                    assertThat(e.getMessage()).contains("edge-admin", "edge-readonly");
                });
    }

    @Test
    void badRegistrationsAreRefusedWithCodesAndNothingIsStored() {
        long before = fleet.list().size();

        assertThatThrownBy(() -> fleet.register(kubernetes("", cluster.kubeconfig("t"), null), "admin"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-NAME"));
        assertThatThrownBy(() -> fleet.register(kubernetes(unique("x"), "password: hunter2-SECRET", null), "admin"))
                .isInstanceOfSatisfying(ChainlineException.class, e -> {
                    assertThat(e.code()).isEqualTo("FLEET-KUBECONFIG");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
        assertThatThrownBy(() -> fleet.register(
                        new TargetRequest(
                                unique("dock"),
                                TargetKind.DOCKER,
                                "",
                                "",
                                Map.of(),
                                null,
                                null,
                                new TargetRequest.Docker("tcp://d:2376", null, "CERT", null, null)),
                        "admin"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-DOCKER-TLS"));
        String name = unique("edge");
        fleet.register(kubernetes(name, cluster.kubeconfig("t"), null), "admin");
        assertThatThrownBy(() -> fleet.register(kubernetes(name.toUpperCase(), cluster.kubeconfig("t"), null), "admin"))
                .isInstanceOfSatisfying(
                        ChainlineException.class, e -> assertThat(e.code()).isEqualTo("FLEET-NAME-TAKEN"));
        assertThat(fleet.list()).hasSize((int) before + 1);
    }

    /** Real Keystone and Heat (.ci/openstack.sh); Nova's hypervisor list from WireMock, in Keystone's catalog. */
    @Test
    void anOpenStackCloudFromCloudsYamlIsTestedAndItsHypervisorsSyncedByArchitecture() {
        String cloudsYaml = """
                clouds:
                  lab:
                    auth:
                      auth_url: http://127.0.0.1:35357/v3
                      username: admin
                      password: secret
                      project_name: admin
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                """;
        var nova = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                        .bindAddress("127.0.0.1")
                        .port(18774));
        nova.start();
        try {
            nova.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                    "/compute/v2.1/os-hypervisors/detail"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("""
                            {"hypervisors": [
                              {"id": 1, "hypervisor_hostname": "compute-x1", "hypervisor_type": "QEMU", "vcpus": 16,
                               "memory_mb": 65536, "state": "up", "status": "enabled",
                               "cpu_info": {"arch": "x86_64"}},
                              {"id": 2, "hypervisor_hostname": "compute-a1", "hypervisor_type": "QEMU", "vcpus": 32,
                               "memory_mb": 131072, "state": "up", "status": "enabled",
                               "cpu_info": {"arch": "aarch64"}}]}""")));
            TargetSummary target = fleet.register(
                    new TargetRequest(
                            unique("os"),
                            TargetKind.OPENSTACK,
                            "",
                            "",
                            Map.of(),
                            null,
                            new TargetRequest.OpenStack(
                                    cloudsYaml, "lab", null, null, null, null, null, null, null, null, null),
                            null),
                    "admin");

            ConnectionCheck check = fleet.test(target.id(), "admin");
            TargetSummary synced = fleet.sync(target.id());

            assertThat(target.endpoint()).isEqualTo("http://127.0.0.1:35357/v3 project admin, region RegionOne");
            assertThat(check.ok()).as(check.message()).isTrue();
            assertThat(synced.nodesByArchitecture()).containsExactly(Map.entry("amd64", 1L), Map.entry("arm64", 1L));
            assertThat(synced.capacity()).isEqualTo("48.0 CPU · 192 GiB");
        } finally {
            nova.stop();
        }
    }

    @Test
    void anUnreachableClusterIsRecordedAsSuchWithTheReason() {
        String kubeconfig = cluster.kubeconfig("t").replace(cluster.url(), "https://no-such-cluster.invalid:6443");
        TargetSummary target = fleet.register(kubernetes(unique("gone"), kubeconfig, null), "admin");

        ConnectionCheck check = fleet.test(target.id(), "admin");
        TargetSummary synced = fleet.sync(target.id());

        assertThat(check.failure()).contains(ConnectionCheck.Failure.DNS);
        assertThat(fleet.get(target.id()).health()).isEqualTo(Health.UNREACHABLE);
        assertThat(fleet.get(target.id()).healthMessage()).contains("does not resolve");
        assertThat(synced.syncMessage()).startsWith("Inventory failed");
        assertThat(synced.nodeCount()).isZero();
    }

    /** The real engines .ci/engines.sh starts: podman's Docker API (a plain host) and dockerd (a Swarm manager). */
    @Test
    void aDockerHostAndASwarmAreRegisteredTestedAndSynced() throws Exception {
        var engines = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of(java.util.Optional.ofNullable(System.getenv("CHAINLINE_TEST_ENGINES"))
                        .orElse("/tmp/chainline-engines/engines.env")))) {
            engines.load(in);
        }
        for (String host : List.of(engines.getProperty("PODMAN_HOST"), engines.getProperty("SWARM_HOST"))) {
            TargetSummary target = fleet.register(
                    new TargetRequest(
                            unique("docker"),
                            TargetKind.DOCKER,
                            "lab",
                            "",
                            Map.of(),
                            null,
                            null,
                            new TargetRequest.Docker(host, null, null, null, null)),
                    "admin");

            ConnectionCheck check = fleet.test(target.id(), "admin");
            TargetSummary synced = fleet.sync(target.id());

            assertThat(check.ok()).as(check.message()).isTrue();
            assertThat(synced.endpoint()).isEqualTo(host);
            assertThat(synced.nodeCount()).isEqualTo(1);
            assertThat(synced.nodesByArchitecture()).containsOnlyKeys("amd64");
            assertThat(synced.serverVersion())
                    .startsWith(host.equals(engines.getProperty("PODMAN_HOST")) ? "Podman " : "Docker ");
            assertThat(synced.capacity()).isNotBlank();
        }
    }

    /** Registering from the fleet view tests and syncs at once: the status says so, with its time, at once. */
    @Test
    void aRegisteredEngineShowsItsTestResultWithItsTimeAndOnlyTheRuntimesItHas() throws Exception {
        var engines = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of(java.util.Optional.ofNullable(System.getenv("CHAINLINE_TEST_ENGINES"))
                        .orElse("/tmp/chainline-engines/engines.env")))) {
            engines.load(in);
        }
        TargetSummary podman = fleet.registerAndConnect(
                new TargetRequest(
                        unique("laptop"),
                        TargetKind.DOCKER,
                        "",
                        "",
                        Map.of(),
                        null,
                        null,
                        new TargetRequest.Docker(engines.getProperty("PODMAN_HOST"), null, null, null, null)),
                "admin");

        assertThat(podman.health()).isEqualTo(Health.REACHABLE);
        assertThat(podman.checkedAt()).isNotNull();
        assertThat(podman.healthLabel(podman.checkedAt().plusSeconds(150))).isEqualTo("reachable · tested 2 min ago");
        assertThat(podman.serverVersion()).matches("Podman \\d+\\.\\d+.*");
        assertThat(podman.runtimeClasses())
                .as("podman's /info names kata, krun, runsc… that are not installed here")
                .containsExactly("runc");
        assertThat(podman.nodeCount()).isEqualTo(1);

        TargetSummary tested = fleet.register(
                new TargetRequest(
                        unique("swarm"),
                        TargetKind.DOCKER,
                        "",
                        "",
                        Map.of(),
                        null,
                        null,
                        new TargetRequest.Docker(engines.getProperty("SWARM_HOST"), null, null, null, null)),
                "admin");
        assertThat(tested.healthLabel(java.time.Instant.now())).isEqualTo("not tested");
        fleet.test(tested.id(), "admin");
        TargetSummary after = fleet.get(tested.id());
        assertThat(after.healthLabel(after.checkedAt())).isEqualTo("reachable · tested just now");
        assertThat(after.serverVersion()).startsWith("Docker Swarm manager ");
    }
}
