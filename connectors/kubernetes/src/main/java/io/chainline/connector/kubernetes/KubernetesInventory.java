package io.chainline.connector.kubernetes;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Capabilities;
import io.chainline.connector.api.Inventory;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Nodes with their architectures normalised, capacity and readiness; runtime classes; the server version. */
final class KubernetesInventory {

    private final KubernetesClient client;

    KubernetesInventory(KubernetesClient client) {
        this.client = client;
    }

    Inventory read() {
        return new Inventory(
                version(),
                client.nodes().list().getItems().stream()
                        .map(KubernetesInventory::node)
                        .toList(),
                client.resources(RuntimeClass.class).list().getItems().stream()
                        .map(r -> new Inventory.RuntimeClass(r.getMetadata().getName(), r.getHandler()))
                        .toList());
    }

    Capabilities capabilities() {
        Inventory inventory = read();
        return new Capabilities(
                true,
                false,
                inventory.runtimeClasses().stream()
                        .filter(r -> r.handler() != null && !r.handler().equals("runc"))
                        .map(Inventory.RuntimeClass::name)
                        .collect(Collectors.toSet()),
                inventory.architectures());
    }

    private String version() {
        try {
            return "Kubernetes " + Versions.of(client.getKubernetesVersion());
        } catch (KubernetesClientException e) {
            return "unknown (the version endpoint did not answer: " + e.getCode() + ")";
        }
    }

    private static Inventory.Node node(Node node) {
        Map<String, String> labels =
                Optional.ofNullable(node.getMetadata().getLabels()).orElse(Map.of());
        Optional<NodeSystemInfo> info = Optional.ofNullable(node.getStatus()).map(s -> s.getNodeInfo());
        String reported = Optional.ofNullable(labels.get(WorkloadManifests.ARCH_LABEL))
                .or(() -> info.map(NodeSystemInfo::getArchitecture))
                .orElse("");
        Map<String, io.fabric8.kubernetes.api.model.Quantity> allocatable = Optional.ofNullable(node.getStatus())
                .map(s -> s.getAllocatable())
                .orElse(Map.of());
        boolean ready =
                Optional.ofNullable(node.getStatus()).map(s -> s.getConditions()).orElse(java.util.List.of()).stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(((NodeCondition) c).getStatus()));
        return new Inventory.Node(
                node.getMetadata().getName(),
                Architecture.parse(reported),
                reported,
                info.map(NodeSystemInfo::getOsImage)
                        .or(() -> Optional.ofNullable(labels.get("kubernetes.io/os")))
                        .orElse(""),
                Quantities.milliCpu(allocatable.get("cpu")),
                Quantities.bytes(allocatable.get("memory")),
                labels,
                ready);
    }
}
