package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared third-party corpus through the engine: accepted and rejected as the corpus expects, each
 * rejection with coded, located issues, and no input ever escaping as an exception. Where Chainline deliberately or
 * not yet agrees with the corpus, corpus-divergences.tsv says why, and this test proves the divergence still exists.
 */
class CorpusTest {

    private static final Map<Profile, ToscaEngine> ENGINES =
            Map.of(Profile.STRICT, new ToscaEngine(), Profile.INTEROP, new ToscaEngine().withProfile(Profile.INTEROP));
    private static final Map<String, Divergence> DIVERGENCES = divergences();

    /**
     * A line of corpus-divergences.tsv: why Chainline's verdict differs, and in which profiles (an optional fourth
     * column, {@code strict} or {@code interop}; both when absent).
     */
    private record Divergence(String why, Set<Profile> profiles) {}

    /** Every corpus file in both profiles: both must meet the expectation, or diverge as listed. */
    static Stream<Arguments> entries() {
        return Corpus.entries().stream()
                .flatMap(entry -> Stream.of(Profile.values()).map(profile -> Arguments.of(entry, profile)));
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

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("entries")
    void meetsItsExpectedVerdict(Corpus.Entry entry, Profile profile) {
        ValidationReport report =
                ENGINES.get(profile).validate(Corpus.root().orElseThrow().resolve(entry.path()));

        assertThat(report.issues()).allSatisfy(CorpusTest::isLocatedAndExplained);
        if (!report.accepted()) {
            assertThat(report.issues()).as("a rejection names its cause").anyMatch(Issue::isError);
        }
        boolean expectedAccepted = entry.expected().equals("accept");
        boolean definite = expectedAccepted || entry.expected().equals("reject");
        if (!definite) {
            return; // 'either' and 'skip': any verdict, as long as it is explained (above)
        }
        boolean diverges = DIVERGENCES.containsKey(entry.path())
                && DIVERGENCES.get(entry.path()).profiles().contains(profile);
        assertThat(report.accepted())
                .as(
                        "%s (%s): %s%s",
                        entry.path(),
                        profile.key(),
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

    private static Map<String, Divergence> divergences() {
        try (InputStream in = CorpusTest.class.getResourceAsStream("corpus-divergences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .collect(Collectors.toMap(c -> c[0], c -> new Divergence(c[2], profiles(c))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Profile> profiles(String[] columns) {
        if (columns.length < 4 || columns[3].isBlank()) {
            return EnumSet.allOf(Profile.class);
        }
        return EnumSet.of(Profile.parse(columns[3])
                .orElseThrow(
                        () -> new IllegalStateException("not a profile: " + columns[3] + " (" + columns[0] + ")")));
    }
}
