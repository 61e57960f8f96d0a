package io.chainline.console.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared third-party TOSCA corpus beside the clone (../shared/tosca-corpus); .ci/run fails when it is absent. */
public final class SharedCorpus {

    private SharedCorpus() {}

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("tosca-corpus");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.tsv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/tosca-corpus is not beside this clone; the corpus tests need it");
    }

    /** Paths of the files the corpus expects accepted, of one kind (vnfd, nsd, csar, types). */
    public static List<Path> accepted(String kind) {
        try {
            return Files.readAllLines(root().resolve("MANIFEST.tsv")).stream()
                    .skip(1)
                    .map(line -> line.split("\t", -1))
                    .filter(c -> c.length >= 9 && c[5].equals(kind) && c[8].equals("accept"))
                    .map(c -> root().resolve(c[0]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
