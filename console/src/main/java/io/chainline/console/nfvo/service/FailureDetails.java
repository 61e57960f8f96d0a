package io.chainline.console.nfvo.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.chainline.tosca.issue.Issue;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A ProblemDetails (SOL013) as SOL005 embeds one in a resource: a package's onboardingFailureDetails, an operation's
 * error. {@code code} and {@code issues} are Chainline's additions: the refusal's stable code and, for a rejected
 * package, the TOSCA engine's findings with file, line and YAML path.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FailureDetails(URI type, String title, int status, String detail, String code, List<IssueView> issues) {

    /** One finding of the TOSCA engine. */
    public record IssueView(String code, String severity, String file, int line, String path, String message) {

        static IssueView of(Issue issue) {
            return new IssueView(
                    issue.code().code(),
                    issue.severity().name(),
                    issue.file(),
                    issue.line(),
                    issue.path(),
                    issue.message());
        }
    }

    public FailureDetails {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** A resource keeps at most this many findings (errors first); the rest are counted in the detail. */
    static final int MAX_ISSUES = 100;

    public static FailureDetails of(int status, String title, String code, String detail, List<Issue> issues) {
        List<Issue> kept = issues.stream()
                .sorted(java.util.Comparator.comparing(Issue::isError).reversed())
                .limit(MAX_ISSUES)
                .toList();
        String more = issues.size() > MAX_ISSUES
                ? " (the first " + MAX_ISSUES + " of " + issues.size() + " findings are listed)"
                : "";
        return new FailureDetails(
                URI.create("https://chainline.io/problems/" + code.toLowerCase(Locale.ROOT)),
                title,
                status,
                detail + more,
                code,
                kept.stream().map(IssueView::of).toList());
    }
}
