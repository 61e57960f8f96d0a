package io.chainline.console.support;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes API for console tests: fabric8's CRUD mock (no real kube-apiserver can run here) with two amd64
 * nodes (one labelled only through its node info, as x86_64), one arm64 node and the kata-qemu runtime class, and a
 * {@code /version} answer (CRUD mode has none).
 */
public final class MockKubernetes implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final java.util.concurrent.ScheduledExecutorService kubelet =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mock-kubelet");
                t.setDaemon(true);
                return t;
            });

    public MockKubernetes() {
        KubernetesCrudDispatcher dispatcher = new KubernetesCrudDispatcher(List.of()) {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if ("/version".equals(request.getPath())) {
                    return new MockResponse()
                            .setResponseCode(200)
                            .setBody("{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.2\"}");
                }
                return super.dispatch(request);
            }
        };
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init();
        client = server.createClient();
        node("edge-a1", "amd64", "amd64");
        node("edge-a2", null, "x86_64");
        node("edge-r1", "arm64", "aarch64");
        client.resource(new RuntimeClassBuilder()
                        .withNewMetadata()
                        .withName("kata-qemu")
                        .endMetadata()
                        .withHandler("kata-qemu")
                        .build())
                .create();
    }

    private void node(String name, String archLabel, String reported) {
        Map<String, String> labels =
                new HashMap<>(Map.of("kubernetes.io/os", "linux", "topology.kubernetes.io/zone", "z1"));
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
                        .withArchitecture(reported)
                        .withOsImage("Debian GNU/Linux 13 (trixie)")
                        .endNodeInfo()
                        .addToAllocatable("cpu", new Quantity("4"))
                        .addToAllocatable("memory", new Quantity("16Gi"))
                        .addNewCondition()
                        .withType("Ready")
                        .withStatus("True")
                        .endCondition()
                        .endStatus()
                        .build())
                .create();
    }

    /**
     * Plays the kubelet the CRUD mock lacks: every Deployment and StatefulSet reports all its replicas ready shortly
     * after it is written, as a healthy cluster would.
     */
    public MockKubernetes withKubelet() {
        kubelet.scheduleWithFixedDelay(this::markReady, 100, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        return this;
    }

    private void markReady() {
        try {
            for (var d : client.apps().deployments().inAnyNamespace().list().getItems()) {
                int want =
                        java.util.Optional.ofNullable(d.getSpec().getReplicas()).orElse(1);
                if (d.getStatus() == null
                        || !Integer.valueOf(want).equals(d.getStatus().getReadyReplicas())) {
                    d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
                            .withReplicas(want)
                            .withReadyReplicas(want)
                            .withAvailableReplicas(want)
                            .withUpdatedReplicas(want)
                            .build());
                    client.resource(d).updateStatus();
                }
            }
            for (var s : client.apps().statefulSets().inAnyNamespace().list().getItems()) {
                int want =
                        java.util.Optional.ofNullable(s.getSpec().getReplicas()).orElse(1);
                if (s.getStatus() == null
                        || !Integer.valueOf(want).equals(s.getStatus().getReadyReplicas())) {
                    s.setStatus(new io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder()
                            .withReplicas(want)
                            .withReadyReplicas(want)
                            .build());
                    client.resource(s).updateStatus();
                }
            }
        } catch (RuntimeException raceWithTheConnector) {
            // the connector replaced the object meanwhile: the next round sees the new one
        }
    }

    public KubernetesClient client() {
        return client;
    }

    public String url() {
        return server.url("/").replaceAll("/$", "");
    }

    /** A kubeconfig with two contexts, as an admin pastes it; the token is the secret tests look for. */
    public String kubeconfig(String token) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: edge
                  cluster:
                    server: %s
                users:
                - name: chainline
                  user:
                    token: %s
                contexts:
                - name: edge-admin
                  context:
                    cluster: edge
                    user: chainline
                - name: edge-readonly
                  context:
                    cluster: edge
                    user: chainline
                current-context: edge-admin
                """.formatted(url(), token);
    }

    @Override
    public void close() {
        kubelet.shutdownNow();
        client.close();
        server.destroy();
    }
}
