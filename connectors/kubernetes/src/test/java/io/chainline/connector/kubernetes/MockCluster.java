package io.chainline.connector.kubernetes;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.Map;

/**
 * fabric8's CRUD mock API server with a small mixed fleet: two amd64 workers (one saying x86_64 only in its node
 * info), one arm64 worker, and the kata-qemu runtime class. CRUD mode has no server-side apply and ignores set-based
 * selectors (../shared/recipes/targets.md); the connector uses neither.
 */
final class MockCluster implements AutoCloseable {

    final KubernetesMockServer server;
    final KubernetesClient client;
    final ScriptedCrudDispatcher dispatcher = new ScriptedCrudDispatcher();

    MockCluster() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init();
        client = server.createClient();
        node("worker-a1", "amd64", "amd64", true);
        node("worker-a2", null, "x86_64", true);
        node("worker-r1", "arm64", "arm64", false);
        client.resource(new RuntimeClassBuilder()
                        .withNewMetadata()
                        .withName("kata-qemu")
                        .endMetadata()
                        .withHandler("kata-qemu")
                        .build())
                .create();
    }

    /** Multus' CRD, as its installation creates it: the mock then serves the kind in API discovery, like a cluster. */
    void installMultus() {
        client.apiextensions()
                .v1()
                .customResourceDefinitions()
                .resource(new CustomResourceDefinitionBuilder()
                        .withNewMetadata()
                        .withName("network-attachment-definitions.k8s.cni.cncf.io")
                        .endMetadata()
                        .withNewSpec()
                        .withGroup("k8s.cni.cncf.io")
                        .withScope("Namespaced")
                        .withNewNames()
                        .withKind("NetworkAttachmentDefinition")
                        .withPlural("network-attachment-definitions")
                        .withSingular("network-attachment-definition")
                        .withShortNames("net-attach-def")
                        .endNames()
                        .addNewVersion()
                        .withName("v1")
                        .withServed(true)
                        .withStorage(true)
                        .withNewSchema()
                        .withNewOpenAPIV3Schema()
                        .withType("object")
                        .withXKubernetesPreserveUnknownFields(true)
                        .endOpenAPIV3Schema()
                        .endSchema()
                        .endVersion()
                        .endSpec()
                        .build())
                .create();
    }

    private void node(String name, String archLabel, String nodeInfoArch, boolean ready) {
        Map<String, String> labels = new HashMap<>(Map.of("kubernetes.io/os", "linux"));
        if (archLabel != null) {
            labels.put("kubernetes.io/arch", archLabel);
        }
        client.nodes()
                .resource(new NodeBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .withLabels(labels)
                        .endMetadata()
                        .withNewStatus()
                        .withNewNodeInfo()
                        .withArchitecture(nodeInfoArch)
                        .withOsImage("Debian GNU/Linux 13")
                        .endNodeInfo()
                        .addToAllocatable("cpu", new Quantity("3800m"))
                        .addToAllocatable("memory", new Quantity("15Gi"))
                        .addNewCondition()
                        .withType("Ready")
                        .withStatus(ready ? "True" : "False")
                        .endCondition()
                        .endStatus()
                        .build())
                .create();
    }

    /** A kubeconfig for the mock, as an admin would paste it (the token is checked by nobody: it is a mock). */
    String kubeconfig(String token) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                users:
                - name: admin
                  user:
                    token: %s
                contexts:
                - name: mock-admin
                  context:
                    cluster: mock
                    user: admin
                    namespace: default
                - name: other
                  context:
                    cluster: mock
                    user: admin
                current-context: mock-admin
                """.formatted(server.url("/").replaceAll("/$", ""), token);
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
