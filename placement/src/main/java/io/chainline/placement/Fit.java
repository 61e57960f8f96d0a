package io.chainline.placement;

import io.chainline.connector.api.Architecture;
import java.util.Set;

/** A candidate that can take a demand: the architectures and nodes it would use, and how it scores. */
record Fit(int candidate, Set<Architecture> architectures, int[] nodes, int neighbours, double freeAfter) {

    /** Chain neighbours first (a chain kept on one target needs no cross-site links), then the most CPU left free. */
    boolean betterThan(Fit other, java.util.List<Candidate> candidates) {
        if (neighbours != other.neighbours) {
            return neighbours > other.neighbours;
        }
        if (Double.compare(freeAfter, other.freeAfter) != 0) {
            return freeAfter > other.freeAfter;
        }
        return candidates
                        .get(candidate)
                        .name()
                        .compareTo(candidates.get(other.candidate).name())
                < 0;
    }
}
