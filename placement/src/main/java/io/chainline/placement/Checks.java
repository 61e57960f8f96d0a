package io.chainline.placement;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Platforms;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The constraints, in order, for one demand against each candidate: the first that fails is the rejection. */
final class Checks {

    record Outcome(Fit fit, Rejection rejection) {}

    private final Demand demand;
    private final PlacementPolicy policy;
    private final Ledger ledger;
    private final Map<String, String> targetOfNf;
    private final Set<Architecture> runnable;
    private final String architectureConflict;

    Checks(Demand demand, PlacementPolicy policy, Ledger ledger, Map<String, String> targetOfNf) {
        this.demand = demand;
        this.policy = policy;
        this.ledger = ledger;
        this.targetOfNf = targetOfNf;
        Set<Architecture> both = Set.of();
        String conflict = null;
        try {
            both = Platforms.runnable(demand.imageArchitectures(), demand.allowedArchitectures());
        } catch (IllegalArgumentException e) {
            conflict = e.getMessage();
        }
        this.runnable = both;
        this.architectureConflict = conflict;
    }

    Outcome evaluate(int index, Candidate candidate) {
        String pinned = policy.overrides().get(demand.nf());
        if (pinned != null && !pinned.equals(candidate.name())) {
            return reject(candidate, Constraint.OVERRIDE, demand.nf() + " is pinned to " + pinned);
        }
        String outside = outsidePolicy(candidate);
        if (pinned == null && outside != null) {
            return reject(candidate, Constraint.POLICY, outside);
        }
        if (!candidate.healthy()) {
            return reject(candidate, Constraint.HEALTH, "not usable: " + candidate.healthNote());
        }
        if (demand.virtualMachine() && !candidate.runsVirtualMachines()) {
            return reject(
                    candidate, Constraint.KIND, "a " + candidate.kind() + " target runs containers, not VM images");
        }
        if (!demand.virtualMachine() && !candidate.runsContainers()) {
            return reject(
                    candidate, Constraint.KIND, "a " + candidate.kind() + " target runs VM images, not containers");
        }
        if (demand.sandboxRuntime().isPresent()
                && !candidate.sandboxRuntimes().contains(demand.sandboxRuntime().get())) {
            return reject(
                    candidate,
                    Constraint.ISOLATION,
                    "the VDU is sandboxed in " + demand.sandboxRuntime().get() + "; this target offers "
                            + (candidate.sandboxRuntimes().isEmpty()
                                    ? "no Kata runtime class"
                                    : "only " + new java.util.TreeSet<>(candidate.sandboxRuntimes())));
        }
        return placeOnNodes(index, candidate);
    }

    private Outcome placeOnNodes(int index, Candidate candidate) {
        if (architectureConflict != null) {
            return reject(candidate, Constraint.ARCHITECTURE, architectureConflict);
        }
        List<Integer> archFit = readyAndRunnable(candidate);
        if (archFit.isEmpty()) {
            return reject(candidate, Constraint.ARCHITECTURE, architectureMismatch(candidate));
        }
        List<Integer> eligible = archFit.stream()
                .filter(n -> candidate
                        .nodes()
                        .get(n)
                        .labels()
                        .entrySet()
                        .containsAll(demand.nodeLabels().entrySet()))
                .toList();
        if (eligible.isEmpty()) {
            return reject(
                    candidate,
                    Constraint.NODE_LABELS,
                    "no ready node of a fitting architecture carries " + new TreeMap<>(demand.nodeLabels()));
        }
        if (demand.spreadAcrossNodes() && eligible.size() < demand.replicas()) {
            return reject(
                    candidate,
                    Constraint.ANTI_AFFINITY,
                    demand.replicas() + " instances must be on different nodes; " + eligible.size() + " eligible node"
                            + (eligible.size() == 1 ? "" : "s"));
        }
        int[] nodes = assign(index, eligible);
        if (nodes == null) {
            return reject(candidate, Constraint.CAPACITY, capacityShortfall(index, eligible));
        }
        return new Outcome(fit(index, candidate, nodes, eligible), null);
    }

    /** The indexes of the candidate's ready nodes whose architecture the workload runs on. */
    private List<Integer> readyAndRunnable(Candidate candidate) {
        List<Integer> archFit = new ArrayList<>();
        for (int n = 0; n < candidate.nodes().size(); n++) {
            Candidate.Node node = candidate.nodes().get(n);
            if (node.ready() && runs(node)) {
                archFit.add(n);
            }
        }
        return archFit;
    }

    /** The fit on the assigned nodes; with no nodes assigned, every eligible node's architecture may be used. */
    private Fit fit(int index, Candidate candidate, int[] nodes, List<Integer> eligible) {
        Set<Architecture> used = EnumSet.noneOf(Architecture.class);
        for (int n : nodes) {
            candidate.nodes().get(n).architecture().ifPresent(used::add);
        }
        if (nodes.length == 0) {
            eligible.forEach(n -> candidate.nodes().get(n).architecture().ifPresent(used::add));
        }
        long total = Math.max(1, ledger.totalCpu(index));
        double freeAfter = (double) (ledger.freeCpu(index) - demand.milliCpu() * demand.replicas()) / total;
        return new Fit(index, used, nodes, neighbours(candidate), freeAfter);
    }

    private boolean runs(Candidate.Node node) {
        if (runnable.isEmpty()) {
            return true;
        }
        return node.architecture().map(runnable::contains).orElse(false);
    }

    /** Each instance on the eligible node with the most CPU left that fits it, apart when asked; null if one fails. */
    private int[] assign(int candidate, List<Integer> eligible) {
        long[] cpu = new long[eligible.size()];
        long[] memory = new long[eligible.size()];
        for (int i = 0; i < eligible.size(); i++) {
            cpu[i] = ledger.cpu(candidate, eligible.get(i));
            memory[i] = ledger.memory(candidate, eligible.get(i));
        }
        boolean[] taken = new boolean[eligible.size()];
        int[] chosen = new int[demand.replicas()];
        for (int r = 0; r < demand.replicas(); r++) {
            int best = -1;
            for (int i = 0; i < eligible.size(); i++) {
                boolean fits = cpu[i] >= demand.milliCpu() && memory[i] >= demand.memoryBytes();
                if (fits && !(demand.spreadAcrossNodes() && taken[i]) && (best < 0 || cpu[i] > cpu[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            cpu[best] -= demand.milliCpu();
            memory[best] -= demand.memoryBytes();
            taken[best] = true;
            chosen[r] = eligible.get(best);
        }
        return chosen;
    }

    private int neighbours(Candidate candidate) {
        int count = candidate.id().equals(targetOfNf.get(demand.nf())) ? 1 : 0;
        for (String nf : demand.neighbours()) {
            if (candidate.id().equals(targetOfNf.get(nf))) {
                count++;
            }
        }
        return count;
    }

    private String outsidePolicy(Candidate candidate) {
        if (!policy.targets().isEmpty() && !policy.targets().contains(candidate.name())) {
            return "not among the deployment's targets " + new java.util.TreeSet<>(policy.targets());
        }
        for (Map.Entry<String, String> label : new TreeMap<>(policy.targetLabels()).entrySet()) {
            String has = candidate.labels().get(label.getKey());
            if (!label.getValue().equals(has)) {
                return "lacks label " + label.getKey() + "=" + label.getValue()
                        + (has == null ? "" : " (has " + label.getKey() + "=" + has + ")");
            }
        }
        return null;
    }

    private String architectureMismatch(Candidate candidate) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Candidate.Node node : candidate.nodes()) {
            if (node.ready()) {
                counts.merge(node.architecture().map(Architecture::ociName).orElse("unknown"), 1, Integer::sum);
            }
        }
        String has = counts.isEmpty()
                ? "no ready nodes"
                : "ready nodes are "
                        + String.join(
                                ", ",
                                counts.entrySet().stream()
                                        .map(e -> e.getKey() + " ×" + e.getValue())
                                        .toList());
        return "needs " + Platforms.names(runnable) + " (image " + describe(demand.imageArchitectures())
                + ", VDU allows " + describe(demand.allowedArchitectures()) + "); " + has;
    }

    private String capacityShortfall(int candidate, List<Integer> eligible) {
        long bestCpu = 0;
        long bestMemory = 0;
        for (int n : eligible) {
            bestCpu = Math.max(bestCpu, ledger.cpu(candidate, n));
            bestMemory = Math.max(bestMemory, ledger.memory(candidate, n));
        }
        return demand.replicas() + " × (" + demand.milliCpu() + "m CPU, " + mib(demand.memoryBytes())
                + ") do not fit; the roomiest eligible node has " + bestCpu + "m CPU and " + mib(bestMemory) + " free";
    }

    static String describe(Set<Architecture> architectures) {
        return architectures.isEmpty() ? "any" : Platforms.names(architectures);
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    private static Outcome reject(Candidate candidate, Constraint constraint, String detail) {
        return new Outcome(null, new Rejection(candidate.name(), constraint, detail));
    }
}
