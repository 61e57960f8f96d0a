package io.chainline.connector.kubernetes;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Kubernetes connector against fabric8's CRUD mock API server: the whole connector contract. */
class KubernetesContractTest extends ConnectorContract {

    private static MockCluster cluster;
    private static KubernetesConnector connector;

    @BeforeAll
    static void start() {
        cluster = new MockCluster();
        connector = new KubernetesConnector(cluster.server.createClient(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        connector.close();
        cluster.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        return SampleUnits.vcpe(ref);
    }

    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        cluster.client
                .apps()
                .deployments()
                .inNamespace(ref.namespaceOrDefault())
                .withName("firewall-fw")
                .edit(d -> {
                    d.getSpec().setReplicas(7);
                    return d;
                });
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        String namespace = ref.namespaceOrDefault();
        cluster.client
                .configMaps()
                .inNamespace(namespace)
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("not-ours")
                        .withNamespace(namespace)
                        .endMetadata()
                        .addToData("owner", "someone else")
                        .build())
                .create();
        return () -> cluster.client
                        .configMaps()
                        .inNamespace(namespace)
                        .withName("not-ours")
                        .get()
                != null;
    }

    /** What the kubelet reports when a pod's image cannot be pulled (the mock has no kubelet, so the test says it). */
    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        Map<String, String> labels = new WorkloadManifests(ref, ref.namespaceOrDefault()).labels(workload);
        cluster.client
                .pods()
                .inNamespace(ref.namespaceOrDefault())
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName(workload.name() + "-7d4b9c-x2x9q")
                        .withNamespace(ref.namespaceOrDefault())
                        .withLabels(labels)
                        .endMetadata()
                        .withNewStatus()
                        .withPhase("Pending")
                        .addNewContainerStatus()
                        .withName(workload.containers().getFirst().name())
                        .withImage(workload.containers().getFirst().image())
                        .withNewState()
                        .withNewWaiting()
                        .withReason("ImagePullBackOff")
                        .withMessage("Back-off pulling image: manifest unknown")
                        .endWaiting()
                        .endState()
                        .endContainerStatus()
                        .endStatus()
                        .build())
                .create();
    }
}
