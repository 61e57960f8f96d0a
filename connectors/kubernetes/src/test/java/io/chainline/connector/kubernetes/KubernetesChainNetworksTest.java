package io.chainline.connector.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain's link networks on fabric8's CRUD mock: created once before the pods, reported by observe, recreated when
 * removed out of band, removed by destroy with nobody else's; and refused, before anything is created, on a cluster
 * without Multus.
 */
class KubernetesChainNetworksTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void aChainOnAClusterWithoutMultusIsRefusedInPlanAndLeavesNothing() {
        try (MockCluster cluster = new MockCluster();
                KubernetesConnector connector =
                        new KubernetesConnector(cluster.server.createClient(), Clock.systemUTC())) {
            DeploymentUnit chain = ChainUnits.vcpe(DeploymentRef.of("d-50"));

            assertThatThrownBy(() -> connector.plan(chain))
                    .isInstanceOfSatisfying(
                            ConnectorException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConnectorException.Reason.UNSUPPORTED))
                    .hasMessageContaining("this cluster has no Multus")
                    .hasMessageContaining("lan, cl-fw, fw-rt, rt-vpn, wan")
                    .hasMessageContaining("Install Multus CNI");
            assertThatThrownBy(() -> connector.apply(chain, NO_WAIT)).hasMessageContaining("no Multus");
            assertThat(connector.observe(chain.ref()).isEmpty()).isTrue();
            assertThat(connector
                            .plan(SampleUnits.vcpe(DeploymentRef.of("d-51")))
                            .changes())
                    .isNotEmpty();
        }
    }

    @Test
    void linkNetworksAreCreatedOnceObservedRepairedAndRemovedWithTheirDeploymentOnly() {
        try (MockCluster cluster = new MockCluster();
                KubernetesConnector connector =
                        new KubernetesConnector(cluster.server.createClient(), Clock.systemUTC())) {
            cluster.installMultus();
            DeploymentUnit chain = ChainUnits.vcpe(DeploymentRef.of("d-52"));
            DeploymentUnit other = ChainUnits.vcpe(DeploymentRef.of("d-53"));

            Plan first = connector.apply(chain, NO_WAIT).applied();
            connector.apply(other, NO_WAIT);

            assertThat(nadActions(first))
                    .hasSize(5)
                    .allSatisfy(a -> assertThat(a.change()).isEqualTo(Plan.Change.CREATE));
            assertThat(connector.plan(chain).isNoOp()).isTrue();
            assertThat(nads(cluster, chain.ref()))
                    .containsExactly("d-52-cl-fw", "d-52-fw-rt", "d-52-lan", "d-52-rt-vpn", "d-52-wan");
            assertThat(connector.observe(chain.ref()).resources())
                    .filteredOn(r -> r.resource().kind().equals("NetworkAttachmentDefinition"))
                    .hasSize(5)
                    .allSatisfy(r -> assertThat(r.state()).isEqualTo(Observation.State.READY));

            cluster.client
                    .resources(NetworkAttachmentDefinition.class)
                    .inNamespace("chainline-d-52")
                    .withName("d-52-fw-rt")
                    .delete();
            assertThat(nadActions(connector.plan(chain)))
                    .filteredOn(a -> a.change() != Plan.Change.UNCHANGED)
                    .singleElement()
                    .satisfies(a ->
                            assertThat(a.resource().name() + " " + a.change()).isEqualTo("d-52-fw-rt CREATE"));
            connector.apply(chain, NO_WAIT);
            assertThat(nads(cluster, chain.ref())).contains("d-52-fw-rt");

            connector.destroy(chain.ref());
            assertThat(nads(cluster, chain.ref())).isEmpty();
            assertThat(nads(cluster, other.ref())).hasSize(5);
            assertThat(connector.observe(other.ref()).resources()).isNotEmpty();
        }
    }

    @Test
    void aForwardingPodTheKubeletRefusesItsSysctlIsExplained() {
        try (MockCluster cluster = new MockCluster();
                KubernetesConnector connector =
                        new KubernetesConnector(cluster.server.createClient(), Clock.systemUTC())) {
            cluster.installMultus();
            DeploymentUnit chain = ChainUnits.vcpe(DeploymentRef.of("d-54"));
            connector.apply(chain, NO_WAIT);
            var firewall = chain.workloads().get(1);
            // what the kubelet reports (the mock has no kubelet, so the test says it)
            cluster.client
                    .pods()
                    .inNamespace("chainline-d-54")
                    .resource(new PodBuilder()
                            .withNewMetadata()
                            .withName("firewall-main-5f6d8-abcde")
                            .withLabels(new WorkloadManifests(chain.ref(), "chainline-d-54").labels(firewall))
                            .endMetadata()
                            .withNewStatus()
                            .withPhase("Failed")
                            .withReason("SysctlForbidden")
                            .withMessage("Pod forbidden sysctl: \"net.ipv4.ip_forward\" not allowlisted")
                            .endStatus()
                            .build())
                    .create();

            assertThat(connector.observe(chain.ref()).resources())
                    .filteredOn(r -> r.resource().name().equals("firewall-main"))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.state()).isEqualTo(Observation.State.FAILED);
                        assertThat(r.message())
                                .contains("does not allow IPv4 forwarding")
                                .contains("--allowed-unsafe-sysctls=net.ipv4.ip_forward");
                    });
        }
    }

    private static List<Plan.Action> nadActions(Plan plan) {
        return plan.actions().stream()
                .filter(a -> a.resource().kind().equals("NetworkAttachmentDefinition"))
                .toList();
    }

    private static List<String> nads(MockCluster cluster, DeploymentRef ref) {
        return cluster.client.resources(NetworkAttachmentDefinition.class).inAnyNamespace().list().getItems().stream()
                .filter(n -> ref.id().equals(n.getMetadata().getLabels().get("chainline.io/deployment")))
                .map(n -> n.getMetadata().getName())
                .sorted()
                .toList();
    }
}
