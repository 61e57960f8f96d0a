package io.chainline.console.deployment.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One network function's figures at one sampling round, summed over its running instances (one {@code kpi_sample}
 * row). A figure that is null is unknown: the platform does not give it (traffic on Kubernetes), or, for rates, there
 * is no earlier counter to compare with or the counter went back (an instance was replaced).
 *
 * @param available whether the target's platform could say at all; when not, every figure is null
 * @param instances how many running instances the sums cover
 * @param rxRate bytes received per second since the previous round
 * @param txRate bytes sent per second since the previous round
 * @param forwardedPackets packets sent on the data interfaces (all but the management interface {@code eth0}), a
 *     counter: what crossed the NF along the chain; null where the platform does not count per interface or the NF
 *     has no data interface
 */
public record NfKpi(
        String nf,
        Instant at,
        boolean available,
        int instances,
        Double cpuCores,
        Long memoryBytes,
        Long restarts,
        Long rxBytes,
        Long txBytes,
        Double rxRate,
        Double txRate,
        Long forwardedPackets) {

    /** Figures without a forwarded-packet count. */
    public NfKpi(
            String nf,
            Instant at,
            boolean available,
            int instances,
            Double cpuCores,
            Long memoryBytes,
            Long restarts,
            Long rxBytes,
            Long txBytes,
            Double rxRate,
            Double txRate) {
        this(nf, at, available, instances, cpuCores, memoryBytes, restarts, rxBytes, txBytes, rxRate, txRate, null);
    }

    public NfKpi {
        Objects.requireNonNull(nf, "nf");
        Objects.requireNonNull(at, "at");
    }

    /** The platform cannot say (no metrics source, a Swarm node the console does not reach). */
    public static NfKpi unavailable(String nf, Instant at) {
        return new NfKpi(nf, at, false, 0, null, null, null, null, null, null, null, null);
    }
}
