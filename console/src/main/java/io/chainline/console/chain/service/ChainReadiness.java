package io.chainline.console.chain.service;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.NsDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a chain may be published, and why not: the one rule the editor's banner, its Publish button and
 * {@link ChainService#publish} all use, so none of them can say "ready" while another refuses. A chain publishes
 * when it has VNFs, links and a forwarding path with hops, and no finding is an error.
 */
public record ChainReadiness(List<Finding> findings) {

    /** One finding, in place: code, whether it blocks publishing, where in the model, and what to do. */
    public record Finding(String code, boolean error, String where, String message) {

        static Finding of(Issue issue) {
            return new Finding(issue.code().code(), issue.isError(), issue.path(), issue.message());
        }

        /** {@code CODE at where: message}, the form the editor lists. */
        public String describe() {
            return code + (where.isEmpty() ? "" : " at " + where) + ": " + message;
        }
    }

    public ChainReadiness {
        findings = List.copyOf(findings);
    }

    /** The chain's own shape rules first (they say what to do next), then the engine's and the catalog's findings. */
    static ChainReadiness of(NsDescriptor ns, List<Issue> problems) {
        List<Finding> findings = new ArrayList<>();
        if (ns.vnfs().isEmpty()) {
            findings.add(new Finding(
                    "CHAIN-EMPTY", true, "vnfs", "The chain has no VNFs; add published catalog VNFs to it."));
        }
        if (ns.virtualLinks().isEmpty()) {
            findings.add(new Finding(
                    "CHAIN-NO-LINKS",
                    true,
                    "virtual_links",
                    "The chain has no links; add a link and connect the VNFs to it."));
        }
        boolean hops = ns.forwardingGraphs().stream()
                .flatMap(g -> g.paths().stream())
                .anyMatch(p -> !p.positions().isEmpty());
        if (!hops) {
            findings.add(new Finding(
                    "CHAIN-NO-PATH",
                    true,
                    "forwarding_graphs",
                    "The chain has no forwarding path; add the hops traffic takes through the VNFs."));
        }
        ns.pnfs().stream()
                .filter(p -> p.virtualLinks().isEmpty())
                .forEach(p -> findings.add(new Finding(
                        "CHAIN-PNF-UNCONNECTED",
                        true,
                        "pnfs." + p.node(),
                        "PNF " + p.node() + " is connected to no link; connect its external connection points to the"
                                + " links it sits on, or remove it from the chain.")));
        problems.forEach(p -> findings.add(Finding.of(p)));
        return new ChainReadiness(findings);
    }

    public boolean publishable() {
        return blocking().isEmpty();
    }

    /** The first finding that keeps the chain from publishing. */
    public Optional<Finding> blocking() {
        return findings.stream().filter(Finding::error).findFirst();
    }

    public long errors() {
        return findings.stream().filter(Finding::error).count();
    }

    /** The banner: "Ready to publish" only with no error; otherwise how many problems block it. */
    public String verdict() {
        if (!publishable()) {
            return errors() + " problem(s) keep it from publishing:";
        }
        long warnings = findings.size();
        return warnings == 0 ? "Ready to publish" : "Ready to publish, with " + warnings + " warning(s):";
    }
}
