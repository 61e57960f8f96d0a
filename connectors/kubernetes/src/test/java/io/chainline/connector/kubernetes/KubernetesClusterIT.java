package io.chainline.connector.kubernetes;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.ConnectorContract;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The connector contract against a real cluster: runs only in the {@code real-cluster} Maven profile, which turns on
 * by itself when {@code KUBECONFIG} is set (none can run on the CI machine; docs/operations.md). The sample pulls
 * {@code CHAINLINE_TEST_IMAGE} (default registry.k8s.io/pause:3.10), which the cluster must be able to pull.
 */
class KubernetesClusterIT extends ConnectorContract {

    private static Connector connector;
    private static KubernetesClient client;

    @BeforeAll
    static void connect() throws IOException {
        String kubeconfig = Files.readString(Path.of(System.getenv("KUBECONFIG")));
        connector = new KubernetesConnectorFactory(Clock.systemUTC())
                .connect(KubernetesAccess.ofKubeconfig(kubeconfig, Optional.ofNullable(System.getenv("KUBECONTEXT"))));
        client = new KubernetesClientBuilder().build();
    }

    @AfterAll
    static void close() {
        connector.close();
        client.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Duration readiness() {
        return Duration.ofSeconds(120);
    }

    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        String image =
                Optional.ofNullable(System.getenv("CHAINLINE_TEST_IMAGE")).orElse("registry.k8s.io/pause:3.10");
        DeploymentUnit vcpe = SampleUnits.vcpe(ref);
        return new DeploymentUnit(
                ref, vcpe.workloads().stream().map(w -> plain(w, image)).toList(), vcpe.flows(), vcpe.externalAccess());
    }

    /** Shared kernel and no architecture pin: the contract is about the connector, not the cluster's Kata nodes. */
    private static Workload plain(Workload w, String image) {
        var c = w.containers().getFirst();
        var container = new Workload.ContainerSpec(
                c.name(),
                image,
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                c.environment(),
                c.ports(),
                Optional.empty(),
                Optional.empty());
        return new Workload(
                w.nf(),
                w.vdu(),
                w.stateful(),
                1,
                java.util.List.of(container),
                Optional.empty(),
                Workload.Isolation.SHARED_KERNEL,
                Optional.empty(),
                java.util.Set.of(),
                false,
                w.connectionPoints(),
                w.configuration());
    }

    @Override
    protected void changeOutOfBand(DeploymentRef ref) {
        client.apps()
                .deployments()
                .inNamespace(ref.namespaceOrDefault())
                .withName("firewall-fw")
                .scale(3);
    }

    @Override
    protected BooleanSupplier createForeign(DeploymentRef ref) {
        String namespace = ref.namespaceOrDefault();
        client.namespaces()
                .resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                        .withNewMetadata()
                        .withName(namespace)
                        .endMetadata()
                        .build())
                .serverSideApply();
        client.configMaps()
                .inNamespace(namespace)
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("not-ours")
                        .endMetadata()
                        .addToData("owner", "someone else")
                        .build())
                .create();
        return () ->
                client.configMaps().inNamespace(namespace).withName("not-ours").get() != null;
    }

    @Override
    protected void induceFailure(DeploymentRef ref, Workload workload) {
        client.apps()
                .deployments()
                .inNamespace(ref.namespaceOrDefault())
                .withName(workload.name())
                .edit(d -> {
                    d.getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .getFirst()
                            .setImage("registry.invalid/chainline/does-not-exist:1");
                    return d;
                });
        // the kubelet reports the pull failure after its first back-off
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> connector.observe(ref).failures().stream()
                        .map(Observation.ResourceStatus::workload)
                        .anyMatch(workload.name()::equals));
    }
}
