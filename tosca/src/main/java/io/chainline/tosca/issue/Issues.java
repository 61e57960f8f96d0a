package io.chainline.tosca.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * The issues of one import, collected as they are found. Passed explicitly to whoever may find one (never a
 * thread-local), and capped so that a pathological input cannot produce unbounded output.
 */
public final class Issues {

    public static final int MAX_ISSUES = 1_000;

    private final List<Issue> issues = new ArrayList<>();
    private boolean truncated;

    public void add(IssueCode code, Location where, String path, String message) {
        add(new Issue(code, code.severity(), where.file(), where.line(), where.column(), path, message));
    }

    public void add(IssueCode code, String file, String path, String message) {
        add(new Issue(code, code.severity(), file, 0, 0, path, message));
    }

    public void add(Issue issue) {
        if (issues.size() < MAX_ISSUES) {
            issues.add(issue);
        } else {
            truncated = true;
        }
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }

    public List<Issue> list() {
        return List.copyOf(issues);
    }

    /** True when more than {@link #MAX_ISSUES} were found and the rest were dropped. */
    public boolean truncated() {
        return truncated;
    }
}
