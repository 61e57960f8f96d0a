package io.chainline.connector.api;

import java.util.List;

/** What an apply did, and whether each workload became ready in the time it was given. */
public record ApplyResult(Plan applied, List<Readiness> readiness) {

    public ApplyResult {
        readiness = List.copyOf(readiness);
    }

    /** One workload's readiness when apply returned, with what holds it back when not ready. */
    public record Readiness(String workload, boolean ready, String message) {}

    public boolean allReady() {
        return readiness.stream().allMatch(Readiness::ready);
    }
}
