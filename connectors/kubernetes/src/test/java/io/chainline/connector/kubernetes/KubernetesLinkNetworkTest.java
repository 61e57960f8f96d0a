package io.chainline.connector.kubernetes;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.LinkNetwork;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import io.chainline.connector.testkit.LinkNetworkContract;
import io.chainline.connector.testkit.SampleUnits;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The link network contract on fabric8's CRUD mock with Multus' CRD installed: a link is a NetworkAttachmentDefinition.
 * The mock has no kubelet and no CNI, so an instance's interfaces are what Multus would give a pod of its workload
 * created now: each entry of the pod template's {@code k8s.v1.cni.cncf.io/networks} annotation whose definition
 * exists, with the address the entry asks for.
 */
class KubernetesLinkNetworkTest extends LinkNetworkContract {

    private static MockCluster cluster;
    private static KubernetesConnector connector;

    @BeforeAll
    static void start() {
        cluster = new MockCluster();
        cluster.installMultus();
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

    /**
     * The vCPE with one instance per VDU: every pod of a VDU has the same annotation, so fixed addresses need a single
     * instance (the connector refuses more, {@link PodNetworks}); allocated ones would come from whereabouts, which the
     * mock does not run.
     */
    @Override
    protected DeploymentUnit sample(DeploymentRef ref) {
        DeploymentUnit vcpe = SampleUnits.vcpe(ref);
        return new DeploymentUnit(
                ref,
                vcpe.workloads().stream().map(KubernetesLinkNetworkTest::single).toList(),
                vcpe.flows(),
                vcpe.externalAccess());
    }

    @Override
    protected boolean isNetwork(ResourceRef resource, DeploymentRef ref, LinkNetwork network) {
        return resource.kind().equals("NetworkAttachmentDefinition")
                && resource.name().equals(LinkNetworks.name(ref, network));
    }

    @Override
    protected Map<String, String> interfaces(DeploymentRef ref, Workload workload, int instance) {
        String namespace = ref.namespaceOrDefault();
        HasMetadata owner = workload.stateful()
                ? cluster.client
                        .apps()
                        .statefulSets()
                        .inNamespace(namespace)
                        .withName(Names.fit(workload.name()))
                        .get()
                : cluster.client
                        .apps()
                        .deployments()
                        .inNamespace(namespace)
                        .withName(Names.fit(workload.name()))
                        .get();
        PodTemplateSpec template = owner instanceof StatefulSet s
                ? s.getSpec().getTemplate()
                : ((Deployment) owner).getSpec().getTemplate();
        String annotation = template.getMetadata().getAnnotations().get(PodNetworks.NETWORKS_ANNOTATION);
        Map<String, String> interfaces = new TreeMap<>();
        if (annotation == null) {
            return interfaces;
        }
        for (Object entry : Serialization.unmarshal(annotation, List.class)) {
            Map<?, ?> selection = (Map<?, ?>) entry;
            if (definitionExists((String) selection.get("namespace"), (String) selection.get("name"))) {
                List<?> ips = selection.get("ips") instanceof List<?> l ? l : List.of();
                interfaces.put(
                        (String) selection.get("interface"),
                        ips.isEmpty() ? "" : String.valueOf(ips.getFirst()).replaceFirst("/.*", ""));
            }
        }
        return interfaces;
    }

    /** Deletes the definition: Multus reads it only when a pod starts, so a running pod need not be detached first. */
    @Override
    protected void removeOutOfBand(DeploymentRef ref, LinkNetwork network) {
        cluster.client
                .resources(NetworkAttachmentDefinition.class)
                .inNamespace(ref.namespaceOrDefault())
                .withName(LinkNetworks.name(ref, network))
                .delete();
    }

    @Override
    protected boolean networkExists(String name) {
        return cluster.client.resources(NetworkAttachmentDefinition.class).inAnyNamespace().list().getItems().stream()
                .anyMatch(n -> n.getMetadata().getName().equals(Names.fit(name)));
    }

    private static boolean definitionExists(String namespace, String name) {
        return cluster.client
                        .resources(NetworkAttachmentDefinition.class)
                        .inNamespace(namespace)
                        .withName(name)
                        .get()
                != null;
    }

    private static Workload single(Workload w) {
        return new Workload(
                w.nf(),
                w.vdu(),
                w.stateful(),
                1,
                w.containers(),
                w.vm(),
                w.isolation(),
                w.runtimeClass(),
                w.architectures(),
                w.spreadAcrossNodes(),
                w.connectionPoints(),
                w.configuration(),
                w.dataPlane());
    }
}
