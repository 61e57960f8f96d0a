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
    private final Profile profile;
    private boolean truncated;

    /** Issues judged by the {@link Profile#STRICT} profile. */
    public Issues() {
        this(Profile.STRICT);
    }

    public Issues(Profile profile) {
        this.profile = java.util.Objects.requireNonNull(profile);
    }

    /** The profile deviations are judged by; checks read it here rather than from anywhere global. */
    public Profile profile() {
        return profile;
    }

    /**
     * A deviation from SOL001/SOL004 that the reference VNFMs accept. Under {@link Profile#STRICT} it is the strict
     * code with the strict message; under {@link Profile#INTEROP} it is the interop code (a warning) whose message says
     * what was tolerated and what strict would have said, at the same place.
     *
     * @param interop an {@code INTEROP-*} code of severity WARNING
     * @param strict the code strict reports (usually an error)
     * @param strictMessage what strict says, including what to do
     * @param tolerated what interop did instead, e.g. "the comment lines were skipped"
     */
    public void deviation(
            IssueCode interop, IssueCode strict, Location where, String path, String strictMessage, String tolerated) {
        if (profile == Profile.STRICT) {
            add(strict, where, path, strictMessage);
        } else {
            add(interop, where, path, interopMessage(strict, strictMessage, tolerated));
        }
    }

    /** Whether a deviation is tolerated here; for checks that must choose a different path, not only a severity. */
    public boolean tolerates() {
        return profile == Profile.INTEROP;
    }

    static String interopMessage(IssueCode strict, String strictMessage, String tolerated) {
        return "Accepted by the interop profile: " + tolerated + ". The strict profile reports " + strict.code() + ": "
                + strictMessage;
    }

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
