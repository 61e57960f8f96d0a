package io.chainline.tosca;

import io.chainline.tosca.issue.Issue;
import java.util.List;
import java.util.Optional;

/**
 * What the engine says about one input: accepted or rejected, what it is, and every issue found.
 *
 * @param dialect the entry file's {@code tosca_definitions_version}, when readable
 * @param sol001Version the ETSI SOL001 version of the type files it uses (e.g. 2.6.1, 4.4.1), when it uses them
 * @param kind {@code vnfd}, {@code nsd}, {@code types}, {@code template} (other TOSCA) or {@code unknown}
 */
public record ValidationReport(
        String file,
        Verdict verdict,
        Optional<String> dialect,
        Optional<String> sol001Version,
        String kind,
        int nodeTemplates,
        List<Issue> issues) {

    public enum Verdict {
        ACCEPTED,
        REJECTED
    }

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
