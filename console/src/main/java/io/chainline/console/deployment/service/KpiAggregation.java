package io.chainline.console.deployment.service;

import io.chainline.connector.api.WorkloadSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Per-instance samples as per-NF figures: sums of CPU, memory, restarts and traffic counters over the NF's workloads'
 * instances, and traffic rates from the previous round's counters. Pure, so the arithmetic is tested without targets.
 */
final class KpiAggregation {

    /** What one target said about the workloads it runs for the deployment (empty: it cannot say). */
    record UnitSamples(Map<String, String> nfByWorkload, Optional<List<WorkloadSample>> samples) {
        UnitSamples {
            nfByWorkload = Map.copyOf(nfByWorkload);
        }
    }

    private KpiAggregation() {}

    /**
     * @param previous each NF's last stored figures, for the rates
     * @return one figure set per NF, in the order the units name them
     */
    static List<NfKpi> aggregate(List<UnitSamples> units, Map<String, NfKpi> previous, Instant at) {
        Set<String> nfs = new LinkedHashSet<>();
        Set<String> unavailable = new LinkedHashSet<>();
        Map<String, List<WorkloadSample>> byNf = new LinkedHashMap<>();
        for (UnitSamples unit : units) {
            unit.nfByWorkload().values().stream().sorted().forEach(nfs::add);
            if (unit.samples().isEmpty()) {
                unavailable.addAll(unit.nfByWorkload().values());
                continue;
            }
            for (WorkloadSample sample : unit.samples().get()) {
                String nf = unit.nfByWorkload().get(sample.workload());
                if (nf != null) {
                    byNf.computeIfAbsent(nf, k -> new ArrayList<>()).add(sample);
                }
            }
        }
        List<NfKpi> figures = new ArrayList<>();
        for (String nf : nfs) {
            figures.add(
                    unavailable.contains(nf)
                            ? NfKpi.unavailable(nf, at)
                            : sum(nf, byNf.getOrDefault(nf, List.of()), previous.get(nf), at));
        }
        return figures;
    }

    static NfKpi sum(String nf, List<WorkloadSample> samples, NfKpi previous, Instant at) {
        double cpu = samples.stream().mapToDouble(WorkloadSample::cpuCores).sum();
        long memory = samples.stream().mapToLong(WorkloadSample::memoryBytes).sum();
        long restarts = samples.stream().mapToLong(WorkloadSample::restarts).sum();
        Long rx = counter(samples, WorkloadSample::rxBytes);
        Long tx = counter(samples, WorkloadSample::txBytes);
        return new NfKpi(
                nf,
                at,
                true,
                samples.size(),
                cpu,
                memory,
                restarts,
                rx,
                tx,
                rate(rx, previous == null ? null : previous.rxBytes(), previous, at),
                rate(tx, previous == null ? null : previous.txBytes(), previous, at),
                forwarded(samples));
    }

    /** The management interface carries the console's and the NOC's traffic, not the chain's. */
    static final String MANAGEMENT_INTERFACE = "eth0";

    /** Packets sent on data interfaces, summed; unknown when no instance reports a data interface. */
    static Long forwarded(List<WorkloadSample> samples) {
        List<WorkloadSample.InterfaceCounters> data = samples.stream()
                .flatMap(s -> s.interfaces().entrySet().stream())
                .filter(e ->
                        !e.getKey().equals(MANAGEMENT_INTERFACE) && !e.getKey().equals("lo"))
                .map(java.util.Map.Entry::getValue)
                .toList();
        return data.isEmpty()
                ? null
                : data.stream()
                        .mapToLong(WorkloadSample.InterfaceCounters::txPackets)
                        .sum();
    }

    /** The sum over the instances, or unknown when no instance runs or one of them does not give it. */
    private static Long counter(List<WorkloadSample> samples, Function<WorkloadSample, OptionalLong> counter) {
        if (samples.isEmpty() || samples.stream().anyMatch(s -> counter.apply(s).isEmpty())) {
            return null;
        }
        return samples.stream().mapToLong(s -> counter.apply(s).getAsLong()).sum();
    }

    /**
     * Bytes per second since the previous round; unknown without an earlier counter, and when the sum went back (an
     * instance was replaced and its counters started again), since any figure then would be made up.
     */
    static Double rate(Long now, Long before, NfKpi previous, Instant at) {
        if (now == null || before == null || now < before) {
            return null;
        }
        Duration elapsed = Duration.between(previous.at(), at);
        if (elapsed.isNegative() || elapsed.isZero()) {
            return null;
        }
        return (now - before) * 1000.0 / elapsed.toMillis();
    }
}
