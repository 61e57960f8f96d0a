package io.chainline.console.fleet.service;

import io.chainline.connector.api.Inventory;
import io.chainline.console.fleet.domain.NodeRow;
import io.chainline.console.fleet.domain.RuntimeClassRow;
import java.util.List;

/** What a platform's inventory becomes in the fleet's own tables: one row per node and per runtime class. */
final class InventoryRows {

    private InventoryRows() {}

    static List<NodeRow> nodes(Inventory inventory) {
        return inventory.nodes().stream()
                .map(n -> new NodeRow(
                        n.name(),
                        n.architecture().map(a -> a.ociName()).orElse(n.reportedArchitecture()),
                        n.reportedArchitecture(),
                        n.operatingSystem(),
                        n.allocatableMilliCpu(),
                        n.allocatableMemoryBytes(),
                        Labels.format(n.labels()),
                        n.ready()))
                .toList();
    }

    static List<RuntimeClassRow> runtimeClasses(Inventory inventory) {
        return inventory.runtimeClasses().stream()
                .map(r -> new RuntimeClassRow(r.name(), String.valueOf(r.handler())))
                .toList();
    }
}
