package io.chainline.tosca.issue;

/** Where a YAML node starts: the file (as named inside its package) and a 1-based line and column. */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }
}
