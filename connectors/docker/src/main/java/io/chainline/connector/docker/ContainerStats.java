package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatsConfig;
import com.github.dockerjava.core.InvocationBuilder;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.WorkloadSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One-shot engine statistics of owned containers as {@link WorkloadSample}s. CPU is the usage counter's growth over
 * the wall-clock time between two readings: Docker's one-shot answer carries its own previous reading (precpu); podman's
 * does not, so such containers are read a second time after {@link #SECOND_READING} and the two readings compared.
 */
final class ContainerStats {

    /** One container to read: its id, the workload it belongs to, and how the sample names it. */
    record Owned(String id, String workload, ResourceRef resource, long restarts) {}

    static final Duration SECOND_READING = Duration.ofMillis(800);

    private final DockerClient docker;

    ContainerStats(DockerClient docker) {
        this.docker = docker;
    }

    /** Samples of the containers still there (one removed meanwhile is skipped). */
    List<WorkloadSample> sample(List<Owned> containers) {
        List<Reading> first = new ArrayList<>();
        for (Owned owned : containers) {
            read(owned.id()).ifPresent(s -> first.add(new Reading(owned, s, Optional.empty())));
        }
        if (first.stream().anyMatch(r -> !hasPrevious(r.now()))) {
            pause();
        }
        List<WorkloadSample> samples = new ArrayList<>();
        for (Reading reading : first) {
            Reading complete = hasPrevious(reading.now())
                    ? reading
                    : read(reading.owned().id())
                            .map(again -> new Reading(reading.owned(), again, Optional.of(reading.now())))
                            .orElse(reading);
            samples.add(perInterface(complete.owned(), sample(complete.owned(), complete.now(), complete.before())));
        }
        return samples;
    }

    /** dockerd counts per interface; podman sums them into one entry, so ask the container itself. */
    private WorkloadSample perInterface(Owned owned, WorkloadSample sample) {
        if (!sample.interfaces().isEmpty()) {
            return sample;
        }
        return ProcNetDev.read(docker, owned.id())
                .map(counters -> new WorkloadSample(
                        sample.workload(),
                        sample.resource(),
                        sample.at(),
                        sample.cpuCores(),
                        sample.memoryBytes(),
                        sample.restarts(),
                        sample.rxBytes(),
                        sample.txBytes(),
                        counters))
                .orElse(sample);
    }

    private record Reading(Owned owned, Statistics now, Optional<Statistics> before) {}

    /**
     * The sample from one reading and, when the engine gave no previous one inside it, an earlier reading of ours.
     */
    static WorkloadSample sample(Owned owned, Statistics now, Optional<Statistics> before) {
        Instant at = Instants.of(now.getRead());
        return new WorkloadSample(
                owned.workload(),
                owned.resource(),
                at.equals(Instant.EPOCH) ? Instant.now() : at,
                cpuCores(now, before),
                memory(now.getMemoryStats()),
                owned.restarts(),
                network(now.getNetworks(), StatisticNetworksConfig::getRxBytes),
                network(now.getNetworks(), StatisticNetworksConfig::getTxBytes),
                interfaces(now.getNetworks()));
    }

    /** podman's one entry for all of a container's interfaces together, without packet counts. */
    static final String PODMAN_SUM = "network";

    /** Per interface ({@code eth0}, {@code eth1}…), as dockerd keys its network statistics; none from podman's sum. */
    static Map<String, WorkloadSample.InterfaceCounters> interfaces(Map<String, StatisticNetworksConfig> networks) {
        Map<String, WorkloadSample.InterfaceCounters> counters = new java.util.TreeMap<>();
        if (networks != null) {
            networks.forEach((name, n) -> {
                if (n != null && !name.equals(PODMAN_SUM)) {
                    counters.put(
                            name,
                            new WorkloadSample.InterfaceCounters(
                                    orZero(n.getRxPackets()),
                                    orZero(n.getTxPackets()),
                                    orZero(n.getRxBytes()),
                                    orZero(n.getTxBytes())));
                }
            });
        }
        return counters;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static double cpuCores(Statistics now, Optional<Statistics> before) {
        long usedNow = totalUsage(now.getCpuStats());
        Instant readNow = Instants.of(now.getRead());
        long usedBefore;
        Instant readBefore;
        if (before.isPresent()) {
            usedBefore = totalUsage(before.get().getCpuStats());
            readBefore = Instants.of(before.get().getRead());
        } else {
            usedBefore = totalUsage(now.getPreCpuStats());
            readBefore = Instants.of(now.getPreread());
        }
        long wallNanos = Duration.between(readBefore, readNow).toNanos();
        if (readBefore.equals(Instant.EPOCH) || wallNanos <= 0 || usedNow < usedBefore) {
            return 0; // no second reading to compare with: nothing measured, not "busy"
        }
        return (double) (usedNow - usedBefore) / wallNanos;
    }

    private static long totalUsage(CpuStatsConfig cpu) {
        return cpu == null || cpu.getCpuUsage() == null || cpu.getCpuUsage().getTotalUsage() == null
                ? 0
                : cpu.getCpuUsage().getTotalUsage();
    }

    /** Usage without the reclaimable page cache, as {@code docker stats} shows it (cgroup v2, then v1 names). */
    static long memory(MemoryStatsConfig memory) {
        if (memory == null || memory.getUsage() == null) {
            return 0;
        }
        long usage = memory.getUsage();
        StatsConfig stats = memory.getStats();
        long cache = 0;
        if (stats != null) {
            cache = firstOf(stats.getInactiveFile(), stats.getTotalInactiveFile(), stats.getCache());
        }
        return cache <= usage ? usage - cache : usage;
    }

    private static long firstOf(Long... values) {
        for (Long value : values) {
            if (value != null) {
                return value;
            }
        }
        return 0;
    }

    /** Summed over the container's interfaces; empty when the engine reports none (host networking). */
    static OptionalLong network(
            Map<String, StatisticNetworksConfig> networks, Function<StatisticNetworksConfig, Long> counter) {
        if (networks == null || networks.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(networks.values().stream()
                .filter(Objects::nonNull)
                .map(counter)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum());
    }

    private Optional<Statistics> read(String id) {
        try (InvocationBuilder.AsyncResultCallback<Statistics> callback =
                new InvocationBuilder.AsyncResultCallback<>()) {
            docker.statsCmd(id).withNoStream(true).exec(callback);
            return Optional.ofNullable(callback.awaitResult());
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (java.io.IOException e) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNREACHABLE, "Could not read the statistics of " + id + ".", e);
        }
    }

    private static boolean hasPrevious(Statistics stats) {
        return !Instants.of(stats.getPreread()).equals(Instant.EPOCH) && totalUsage(stats.getPreCpuStats()) > 0;
    }

    private static void pause() {
        try {
            Thread.sleep(SECOND_READING.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(
                    ConnectorException.Reason.TIMEOUT, "Interrupted between two statistics readings.", e);
        }
    }
}
