package io.chainline.console.fleet.service;

import io.chainline.console.fleet.domain.NodeRow;
import java.util.Map;

/** A node as the fleet view lists it and placement weighs it. */
public record NodeView(
        String name,
        String architecture,
        String reportedArchitecture,
        String operatingSystem,
        long milliCpu,
        long memoryBytes,
        Map<String, String> labels,
        boolean ready) {

    static NodeView of(NodeRow n) {
        return new NodeView(
                n.getName(),
                n.getArchitecture(),
                n.getReportedArchitecture(),
                n.getOperatingSystem(),
                n.getMilliCpu(),
                n.getMemoryBytes(),
                Labels.parse(n.getLabels()),
                n.isReady());
    }
}
