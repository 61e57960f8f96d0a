package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chainline.tosca.issue.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared third-party corpus through the engine: accepted and rejected as the corpus expects, each
 * rejection with coded, located issues, and no input ever escaping as an exception. Where Chainline deliberately or
 * not yet agrees with the corpus, corpus-divergences.tsv says why, and this test proves the divergence still exists.
 */
class CorpusTest {

    private static final ToscaEngine ENGINE = new ToscaEngine();
    private static final Map<String, String> DIVERGENCES = divergences();

    static Stream<Corpus.Entry> entries() {
        return Corpus.entries().stream();
    }

    @Test
    void theCorpusIsThere() {
        assumeTrue(Corpus.root().isPresent(), "../shared/tosca-corpus is not beside this clone; corpus tests skipped");
        assertThat(Corpus.entries()).hasSizeGreaterThan(300);
    }

    @Test
    void everyDivergenceNamesACorpusFileWithADefiniteExpectation() {
        assumeTrue(Corpus.root().isPresent(), "../shared/tosca-corpus is not beside this clone");
        Map<String, Corpus.Entry> byPath = Corpus.entries().stream()
                .collect(Collectors.toMap(Corpus.Entry::path, Function.identity(), (a, b) -> a));
        assertThat(byPath).containsKeys(DIVERGENCES.keySet().toArray(String[]::new));
        DIVERGENCES
                .keySet()
                .forEach(path -> assertThat(byPath.get(path).expected()).isIn("accept", "reject"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void meetsItsExpectedVerdict(Corpus.Entry entry) {
        ValidationReport report = ENGINE.validate(Corpus.root().orElseThrow().resolve(entry.path()));

        assertThat(report.issues()).allSatisfy(CorpusTest::isLocatedAndExplained);
        if (!report.accepted()) {
            assertThat(report.issues()).as("a rejection names its cause").anyMatch(Issue::isError);
        }
        boolean expectedAccepted = entry.expected().equals("accept");
        boolean definite = expectedAccepted || entry.expected().equals("reject");
        if (!definite) {
            return; // 'either' and 'skip': any verdict, as long as it is explained (above)
        }
        boolean diverges = DIVERGENCES.containsKey(entry.path());
        assertThat(report.accepted())
                .as(
                        "%s: %s%s",
                        entry.path(),
                        diverges ? "listed as divergent, but now agrees with " : "expected ",
                        entry.expected() + " " + errors(report))
                .isEqualTo(diverges != expectedAccepted);
    }

    private static void isLocatedAndExplained(Issue issue) {
        assertThat(issue.code().code()).matches("[A-Z]+(-[A-Z0-9]+)+");
        assertThat(issue.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(issue.file()).isNotBlank();
    }

    private static String errors(ValidationReport report) {
        return report.issues().stream()
                .filter(Issue::isError)
                .limit(3)
                .map(Issue::describe)
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> divergences() {
        try (InputStream in = CorpusTest.class.getResourceAsStream("corpus-divergences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", 3))
                    .collect(Collectors.toMap(c -> c[0], c -> c[2]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
