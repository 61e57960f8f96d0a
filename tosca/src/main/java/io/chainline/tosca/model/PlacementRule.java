package io.chainline.tosca.model;

import java.util.List;

/** An {@code AffinityRule} or {@code AntiAffinityRule} policy: keep the targets together or apart, within a scope. */
public record PlacementRule(String name, Kind kind, String scope, List<String> targets) {

    public enum Kind {
        AFFINITY("tosca.policies.nfv.AffinityRule"),
        ANTI_AFFINITY("tosca.policies.nfv.AntiAffinityRule");

        private final String policyType;

        Kind(String policyType) {
            this.policyType = policyType;
        }

        public String policyType() {
            return policyType;
        }
    }

    public PlacementRule {
        targets = List.copyOf(targets);
    }
}
