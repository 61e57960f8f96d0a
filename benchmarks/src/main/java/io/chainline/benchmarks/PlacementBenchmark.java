package io.chainline.benchmarks;

import io.chainline.connector.api.Architecture;
import io.chainline.placement.Candidate;
import io.chainline.placement.Demand;
import io.chainline.placement.PlacementPolicy;
import io.chainline.placement.PlacementResult;
import io.chainline.placement.Placer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Placing a whole deployment: {@code nfs} network functions (2 VDUs each, a third of them arm64-only, a fifth
 * sandboxed, a quarter spread across nodes) over {@code targets} mixed targets (Kubernetes with amd64 and arm64 nodes,
 * some with Kata; Docker hosts; OpenStack clouds). The issue asks for 1,000 NFs over 50 targets in well under 2 s.
 * Run: scripts/benchmark-placement.sh (docs/performance.md has the figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlacementBenchmark {

    @Param({"1000"})
    public int nfs;

    @Param({"50"})
    public int targets;

    @Param({"20"})
    public int nodesPerTarget;

    private List<Demand> demands;
    private List<Candidate> fleet;
    private final Placer placer = new Placer();

    @Setup
    public void setUp() {
        fleet = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            fleet.add(target(t));
        }
        demands = new ArrayList<>();
        for (int i = 0; i < nfs; i++) {
            String nf = "nf" + i;
            List<String> neighbours = i == 0 ? List.of() : List.of("nf" + (i - 1));
            for (int v = 0; v < 2; v++) {
                demands.add(new Demand(
                        nf,
                        "vdu" + v,
                        1 + i % 3,
                        false,
                        i % 3 == 0 ? Set.of(Architecture.ARM64) : Set.of(Architecture.AMD64, Architecture.ARM64),
                        Set.of(),
                        i % 5 == 0 ? Optional.of("kata-qemu") : Optional.empty(),
                        250,
                        128L << 20,
                        i % 4 == 0,
                        Map.of(),
                        neighbours));
            }
        }
    }

    private Candidate target(int t) {
        List<Candidate.Node> nodes = new ArrayList<>();
        for (int n = 0; n < nodesPerTarget; n++) {
            Architecture arch = n % 2 == 0 ? Architecture.AMD64 : Architecture.ARM64;
            nodes.add(new Candidate.Node("t" + t + "-n" + n, Optional.of(arch), 16_000, 64L << 30, Map.of(), true));
        }
        return switch (t % 5) {
            case 0 -> new Candidate("os" + t, "os" + t, "openstack", Map.of(), true, "", false, true, Set.of(), nodes);
            case 1 -> new Candidate("dk" + t, "dk" + t, "docker", Map.of(), true, "", true, false, Set.of(), nodes);
            default ->
                new Candidate(
                        "k8s" + t,
                        "k8s" + t,
                        "kubernetes",
                        Map.of("site", "s" + t % 3),
                        true,
                        "",
                        true,
                        false,
                        t % 2 == 0 ? Set.of("kata-qemu") : Set.of(),
                        nodes);
        };
    }

    @Benchmark
    public PlacementResult placeAll() {
        return placer.place(demands, fleet, PlacementPolicy.ANYWHERE);
    }
}
