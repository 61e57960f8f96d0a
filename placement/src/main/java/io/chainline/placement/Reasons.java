package io.chainline.placement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Why a candidate was chosen, in the words a plan shows. */
final class Reasons {

    private Reasons() {}

    static List<String> of(Demand demand, Candidate chosen, Fit fit, int fitting, PlacementPolicy policy) {
        List<String> reasons = new ArrayList<>();
        if (policy.keptInPlace().contains(demand.nf())) {
            reasons.add("kept on the target it already runs on (a scale or upgrade moves nothing)");
        } else if (policy.overrides().containsKey(demand.nf())) {
            reasons.add("pinned here by the deployment's override");
        }
        reasons.add("image offers " + Checks.describe(demand.imageArchitectures()) + ", VDU allows "
                + Checks.describe(demand.allowedArchitectures()) + " → runs on "
                + Checks.describe(fit.architectures()) + " nodes here");
        if (demand.sandboxRuntime().isPresent()) {
            reasons.add("sandboxed in the " + demand.sandboxRuntime().get() + " runtime class");
        } else if (!demand.virtualMachine()) {
            reasons.add("shared kernel (runc)");
        }
        if (fit.nodes().length > 0) {
            LinkedHashSet<String> nodes = new LinkedHashSet<>();
            for (int n : fit.nodes()) {
                nodes.add(chosen.nodes().get(n).name());
            }
            reasons.add(fit.nodes().length + " instance" + (fit.nodes().length == 1 ? "" : "s") + " on " + nodes
                    + (demand.spreadAcrossNodes() ? ", one per node (anti-affinity)" : ""));
        }
        if (fit.neighbours() > 0) {
            reasons.add("keeps the chain together: a neighbour already runs here");
        }
        reasons.add(
                fitting == 1
                        ? "the only target that fits"
                        : "most CPU left free (" + Math.round(Math.max(0, fit.freeAfter()) * 100) + "%) of " + fitting
                                + " fitting targets");
        return reasons;
    }
}
