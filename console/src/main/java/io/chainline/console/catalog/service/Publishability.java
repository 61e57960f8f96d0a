package io.chainline.console.catalog.service;

import java.util.List;
import java.util.Optional;

/**
 * Whether a design may be published, by the one rule the designer's banner, its Publish button and the catalog's
 * publish all apply: nothing with an error publishes. The words shown beside it come from here too, so the designer
 * never says "ready" beside an error.
 */
public record Publishability(List<DesignIssue> issues) {

    public Publishability {
        issues = List.copyOf(issues);
    }

    public boolean publishable() {
        return errors().isEmpty();
    }

    public List<DesignIssue> errors() {
        return issues.stream().filter(DesignIssue::error).toList();
    }

    public Optional<DesignIssue> firstError() {
        return errors().stream().findFirst();
    }

    public long warnings() {
        return issues.size() - errors().size();
    }

    /** The banner: what blocks publishing, or that nothing does. */
    public String summary() {
        if (issues.isEmpty()) {
            return "No issues: ready to publish";
        }
        if (publishable()) {
            return warnings() + " warning(s), no errors: ready to publish";
        }
        return errors().size() + " error(s), " + warnings() + " warning(s): fix the errors to publish";
    }

    /** Why Publish is disabled: the first error, as its code and what to do. */
    public String blockedBecause() {
        return firstError()
                .map(e -> "Cannot publish: " + e.code() + " " + e.message()
                        + (errors().size() > 1 ? " (and " + (errors().size() - 1) + " more error(s))" : ""))
                .orElse("");
    }
}
