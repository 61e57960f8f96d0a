package io.chainline.placement;

import java.util.List;

/**
 * The free capacity of every node of every candidate, as placement hands it out. A node that reports no capacity
 * (zero CPU and memory) is taken as unbounded: Chainline cannot know better, and refusing it would refuse the target.
 */
final class Ledger {

    private final long[][] cpu;
    private final long[][] memory;
    private final long[] totalCpu;

    Ledger(List<Candidate> candidates) {
        cpu = new long[candidates.size()][];
        memory = new long[candidates.size()][];
        totalCpu = new long[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            List<Candidate.Node> nodes = candidates.get(c).nodes();
            cpu[c] = new long[nodes.size()];
            memory[c] = new long[nodes.size()];
            for (int n = 0; n < nodes.size(); n++) {
                Candidate.Node node = nodes.get(n);
                boolean unknown = node.milliCpu() <= 0 && node.memoryBytes() <= 0;
                cpu[c][n] = unknown ? Long.MAX_VALUE / 4 : node.milliCpu();
                memory[c][n] = unknown ? Long.MAX_VALUE / 4 : node.memoryBytes();
                totalCpu[c] += cpu[c][n];
            }
        }
    }

    long cpu(int candidate, int node) {
        return cpu[candidate][node];
    }

    long memory(int candidate, int node) {
        return memory[candidate][node];
    }

    long freeCpu(int candidate) {
        long free = 0;
        for (long c : cpu[candidate]) {
            free += c;
        }
        return free;
    }

    long totalCpu(int candidate) {
        return totalCpu[candidate];
    }

    void take(int candidate, int[] nodes, long milliCpu, long memoryBytes) {
        for (int n : nodes) {
            cpu[candidate][n] -= milliCpu;
            memory[candidate][n] -= memoryBytes;
        }
    }
}
