package io.chainline.tosca.csar;

/**
 * Bounds on what opening one package may cost, against zip bombs and oversized uploads.
 *
 * @param maxEntries number of entries
 * @param maxTotalBytes uncompressed bytes of all entries together
 * @param maxEntryBytes uncompressed bytes of one entry
 * @param maxRatio uncompressed/compressed ratio of one entry above 1 MiB
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {

    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 1L << 30, 512L << 20, 200);
}
