package io.chainline.console.catalog.service;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: the engine's verdict and issues (file, line, YAML path), the profile it judged by, and the draft
 * it stored when the input was an accepted VNFD, or the PNFD it stored ({@code storedPnf}). A rejected input stores
 * nothing.
 *
 * @param overridden the signature failures an ADMIN's override turned into warnings (empty without an override)
 */
public record ImportOutcome(
        boolean accepted,
        List<Issue> issues,
        Optional<VnfSummary> stored,
        Optional<PnfSummary> storedPnf,
        Profile profile,
        List<Issue> overridden) {

    public ImportOutcome {
        issues = List.copyOf(issues);
        overridden = List.copyOf(overridden);
    }

    public ImportOutcome(boolean accepted, List<Issue> issues, Optional<VnfSummary> stored) {
        this(accepted, issues, stored, Profile.STRICT, List.of());
    }

    public ImportOutcome(
            boolean accepted,
            List<Issue> issues,
            Optional<VnfSummary> stored,
            Profile profile,
            List<Issue> overridden) {
        this(accepted, issues, stored, Optional.empty(), profile, overridden);
    }

    /** Everything that did not stop the import: INTEROP-* deviations, unverified signatures, notes. */
    public List<Issue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** Rejected only for its signature: the case an ADMIN may override ({@link SignatureOverride}). */
    public boolean rejectedForSignatureOnly() {
        return !accepted && SignatureOverride.onlySignatureFailures(issues);
    }
}
