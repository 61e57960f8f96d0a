package io.chainline.connector.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One instance's figures at one moment, as the target measured them: what the console's KPI panels and Prometheus
 * gauges add up per network function. A figure the platform does not give is empty rather than zero, so a panel can
 * say "not available" instead of drawing a flat line.
 *
 * @param workload the workload the instance belongs to ({@code firewall-fw})
 * @param resource the instance: a container, a pod
 * @param cpuCores CPU in use, in cores (0.25 = a quarter of one core), averaged over the platform's own window
 * @param memoryBytes memory in use, without the page cache where the platform tells it apart
 * @param restarts how often the instance's containers restarted since they were created
 * @param rxBytes bytes received since the instance started (a counter), when the platform exposes it
 * @param txBytes bytes sent since the instance started (a counter), when the platform exposes it
 * @param interfaces packet counters per network interface ({@code eth1}), when the platform tells them apart: what
 *     shows traffic crossing a chain's data interfaces
 */
public record WorkloadSample(
        String workload,
        ResourceRef resource,
        Instant at,
        double cpuCores,
        long memoryBytes,
        long restarts,
        OptionalLong rxBytes,
        OptionalLong txBytes,
        Map<String, InterfaceCounters> interfaces) {

    /** One interface's counters since the instance started. */
    public record InterfaceCounters(long rxPackets, long txPackets, long rxBytes, long txBytes) {}

    /** A sample without per-interface counters. */
    public WorkloadSample(
            String workload,
            ResourceRef resource,
            Instant at,
            double cpuCores,
            long memoryBytes,
            long restarts,
            OptionalLong rxBytes,
            OptionalLong txBytes) {
        this(workload, resource, at, cpuCores, memoryBytes, restarts, rxBytes, txBytes, Map.of());
    }

    public WorkloadSample {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rxBytes, "rxBytes");
        Objects.requireNonNull(txBytes, "txBytes");
        interfaces = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(interfaces));
        if (cpuCores < 0 || memoryBytes < 0 || restarts < 0) {
            throw new IllegalArgumentException("A sample of " + resource + " has a negative figure.");
        }
    }
}
