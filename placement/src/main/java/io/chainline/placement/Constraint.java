package io.chainline.placement;

/** The constraints a candidate is checked against, in the order they are checked. */
public enum Constraint {
    OVERRIDE("per-VNF override"),
    POLICY("placement policy"),
    HEALTH("target health"),
    KIND("workload kind"),
    ISOLATION("isolation"),
    ARCHITECTURE("CPU architecture"),
    NODE_LABELS("node labels"),
    ANTI_AFFINITY("anti-affinity"),
    CAPACITY("capacity");

    private final String label;

    Constraint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
