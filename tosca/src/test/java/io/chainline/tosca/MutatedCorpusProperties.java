package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.Sol001Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: whatever is done to a real descriptor (bytes flipped, lines cut, moved or repeated, keys renamed, nesting
 * pushed deeper), the engine answers with a report whose issues are coded and located; nothing escapes as an
 * exception, and a run stays small. Seeds are fixed by jqwik's database, so a failure replays.
 */
class MutatedCorpusProperties {

    private static List<String> sources = List.of();
    private static List<byte[]> packages = List.of();

    @BeforeContainer
    static void loadCorpus() throws IOException {
        Optional<Path> root = Corpus.root();
        if (root.isEmpty()) {
            return;
        }
        sources = Corpus.entries().stream()
                .filter(e -> e.expected().equals("accept") && e.path().matches(".*\\.ya?ml$"))
                .map(e -> root.get().resolve(e.path()))
                .filter(p -> sizeOf(p) < 64 * 1024)
                .map(MutatedCorpusProperties::read)
                .toList();
        packages = Corpus.entries().stream()
                .filter(e -> e.path().matches(".*\\.(csar|zip)$"))
                .map(e -> root.get().resolve(e.path()))
                .filter(p -> sizeOf(p) < 256 * 1024)
                .map(p -> {
                    try {
                        return Files.readAllBytes(p);
                    } catch (IOException e) {
                        return new byte[0];
                    }
                })
                .toList();
    }

    @Property(tries = 200)
    void noDamageToARealPackageEscapesAsAnException(
            @ForAll("packageIndexes") int index, @ForAll long position, @ForAll byte value) {
        Assume.that(!packages.isEmpty());
        byte[] damaged = packages.get(index % packages.size()).clone();
        Assume.that(damaged.length > 0);
        damaged[(int) Math.floorMod(position, damaged.length)] ^= (byte) (value == 0 ? 1 : value);

        ToscaEngine engine = new ToscaEngine();
        ImportResult imported = engine.importCsar("damaged.csar", damaged);
        ValidationReport report = imported.report();
        imported.descriptor()
                .ifPresent(
                        d -> assertThat(engine.export(d, Sol001Edition.DEFAULT).report())
                                .isNotNull());

        assertThat(report.verdict()).isNotNull();
        assertThat(report.issues())
                .allSatisfy(issue -> assertThat(issue.message()).isNotBlank());
    }

    @Provide
    Arbitrary<Integer> packageIndexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Property(tries = 300)
    void noMutationOfARealDescriptorEscapesAsAnException(@ForAll("mutatedDescriptors") String text) throws IOException {
        Assume.that(!sources.isEmpty());
        Path dir = Files.createTempDirectory("mutant");
        try {
            Path file = Files.writeString(dir.resolve("mutant.yaml"), text);
            ToscaEngine engine = new ToscaEngine();
            ImportResult imported = engine.importFile(file);
            ValidationReport report = imported.report();
            // a mutant that is still valid is mapped and written again: neither may throw
            imported.descriptor()
                    .ifPresent(d -> assertThat(
                                    engine.export(d, Sol001Edition.DEFAULT).report())
                            .isNotNull());

            assertThat(report.verdict()).isNotNull();
            assertThat(report.issues()).allSatisfy(issue -> {
                assertThat(issue.code()).isNotNull();
                assertThat(issue.message()).isNotBlank();
            });
            if (!report.accepted()) {
                assertThat(report.issues()).anyMatch(Issue::isError);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> mutatedDescriptors() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, Math.max(0, sources.size() - 1));
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 5);
        Arbitrary<Long> position = Arbitraries.longs().between(0, Long.MAX_VALUE);
        return net.jqwik.api.Combinators.combine(index, mutation, position)
                .as((i, m, p) -> Tuple.of(i, m, p))
                .map(t -> sources.isEmpty() ? "" : mutate(sources.get(t.get1()), t.get2(), t.get3()));
    }

    private static String mutate(String text, int mutation, long position) {
        if (text.isEmpty()) {
            return text;
        }
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        int at = (int) (position % Math.max(1, lines.size()));
        int ch = (int) (position % text.length());
        return switch (mutation) {
            case 0 -> text.substring(0, ch) + (char) ('!' + position % 90) + text.substring(ch); // a stray character
            case 1 -> text.substring(0, ch); // cut short
            case 2 -> { // a line indented differently
                lines.set(at, "   " + lines.get(at));
                yield String.join("\n", lines);
            }
            case 3 -> { // a line repeated (duplicate keys)
                lines.add(at, lines.get(at));
                yield String.join("\n", lines);
            }
            case 4 -> text.replace("type:", position % 2 == 0 ? "typ:" : "type: ["); // keys and values broken
            default -> "x:\n" + "  ".repeat(1) + text.replace("\n", "\n  "); // everything one level deeper
        };
    }
}
