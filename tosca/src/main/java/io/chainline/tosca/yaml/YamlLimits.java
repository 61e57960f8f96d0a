package io.chainline.tosca.yaml;

/**
 * Bounds on what one YAML file may cost to read. Hostile input (alias bombs, deep nesting, huge scalars) is refused
 * with a coded issue once a bound is crossed, so time and memory stay proportional to these numbers.
 *
 * @param maxBytes size of the file
 * @param maxDepth nesting of maps and lists
 * @param maxNodes nodes after alias expansion (an alias counts as many nodes as it stands for)
 * @param maxAliases aliases to maps or lists
 * @param maxScalarLength characters in one scalar
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxNodes, int maxAliases, int maxScalarLength) {

    /** Generous for real descriptors (the largest SOL001 type file is about 200 KiB and 12 levels deep). */
    public static final YamlLimits DEFAULT = new YamlLimits(8 * 1024 * 1024, 64, 500_000, 200, 1024 * 1024);
}
