package io.chainline.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places demands one after the other, in the order given (a chain's order), on the best candidate that passes every
 * constraint. Greedy by design: an operator must be able to follow each decision, and the answer must come back in
 * milliseconds (docs/performance.md).
 */
public final class Placer {

    public PlacementResult place(List<Demand> demands, List<Candidate> candidates, PlacementPolicy policy) {
        Ledger ledger = new Ledger(candidates);
        Map<String, String> targetOfNf = new HashMap<>();
        List<Decision> decisions = new ArrayList<>(demands.size());
        for (Demand demand : demands) {
            Decision decision = decide(demand, candidates, policy, ledger, targetOfNf);
            decisions.add(decision);
        }
        return new PlacementResult(decisions);
    }

    private static Decision decide(
            Demand demand,
            List<Candidate> candidates,
            PlacementPolicy policy,
            Ledger ledger,
            Map<String, String> targetOfNf) {
        Checks checks = new Checks(demand, policy, ledger, targetOfNf);
        List<Rejection> rejections = new ArrayList<>();
        Fit best = null;
        int fitting = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            Checks.Outcome outcome = checks.evaluate(c, candidate);
            if (outcome.rejection() != null) {
                rejections.add(outcome.rejection());
                continue;
            }
            fitting++;
            if (best == null || outcome.fit().betterThan(best, candidates)) {
                best = outcome.fit();
            }
        }
        if (best == null) {
            return new Decision(demand, Optional.empty(), rejections);
        }
        Candidate chosen = candidates.get(best.candidate());
        ledger.take(best.candidate(), best.nodes(), demand.milliCpu(), demand.memoryBytes());
        targetOfNf.putIfAbsent(demand.nf(), chosen.id());
        List<String> nodes = new ArrayList<>(best.nodes().length);
        for (int n : best.nodes()) {
            nodes.add(chosen.nodes().get(n).name());
        }
        List<String> reasons = Reasons.of(demand, chosen, best, fitting, policy);
        return new Decision(
                demand,
                Optional.of(new Decision.Choice(chosen.id(), chosen.name(), best.architectures(), nodes, reasons)),
                rejections);
    }
}
