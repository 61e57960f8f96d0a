package io.chainline.tosca.model;

/** How many instances of a VDU may exist. */
public record VduProfile(int minInstances, int maxInstances) {

    public static final VduProfile ONE = new VduProfile(1, 1);
}
