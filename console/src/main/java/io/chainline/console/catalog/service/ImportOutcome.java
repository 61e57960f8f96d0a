package io.chainline.console.catalog.service;

import io.chainline.tosca.issue.Issue;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: the engine's verdict and issues (file, line, YAML path), and the draft it stored when the
 * input was an accepted VNFD, or the PNFD it stored ({@code storedPnf}). A rejected input stores nothing.
 */
public record ImportOutcome(
        boolean accepted, List<Issue> issues, Optional<VnfSummary> stored, Optional<PnfSummary> storedPnf) {

    public ImportOutcome {
        issues = List.copyOf(issues);
    }

    public ImportOutcome(boolean accepted, List<Issue> issues, Optional<VnfSummary> stored) {
        this(accepted, issues, stored, Optional.empty());
    }
}
