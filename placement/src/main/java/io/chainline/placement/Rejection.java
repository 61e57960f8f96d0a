package io.chainline.placement;

/** Why one candidate cannot take one VDU: the first constraint that failed, in operator language. */
public record Rejection(String target, Constraint constraint, String detail) {

    @Override
    public String toString() {
        return target + ": " + constraint.label() + " — " + detail;
    }
}
