package io.chainline.tosca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The shared third-party corpus (../shared/tosca-corpus, beside the project), read in place and never copied.
 * Absent in a user's own clone; .ci/run fails when it is absent in CI.
 */
final class Corpus {

    /** One row of MANIFEST.tsv. */
    record Entry(String path, String kind, String version, String notes, String expected) {
        @Override
        public String toString() {
            return path + " (" + expected + ")";
        }
    }

    private Corpus() {}

    static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("tosca-corpus");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Entry> entries() {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            return List.of();
        }
        try {
            return Files.readAllLines(root.get().resolve("MANIFEST.tsv")).stream()
                    .skip(1)
                    .map(line -> line.split("\t", -1))
                    .filter(cols -> cols.length >= 9)
                    .map(cols -> new Entry(cols[0], cols[5], cols[6], cols[7], cols[8]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
