package io.chainline.console.base.service;

/**
 * A feature that keeps sealed values (registry credentials, target access details): a key rotation asks each to
 * reseal what an earlier key sealed. Features implement it; {@code base} never needs to know their tables.
 */
public interface SealedSecrets {

    /** What holds the values, for the rotation's report: "registry credentials". */
    String holder();

    /** Reseals, with the current key, every value {@link SecretBox#isStale} says is stale; returns how many. */
    int reseal(SecretBox box);
}
