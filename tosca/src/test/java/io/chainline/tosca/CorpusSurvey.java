package io.chainline.tosca;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A harness (not a test): prints, per profile, the engine's verdict on every corpus file with a definite expectation
 * ({@code accept} or {@code reject}) as a Markdown table per source repository (the table docs/tosca.md publishes),
 * then the files where the verdict differs from the expected one. Arguments: the profiles to survey ({@code strict},
 * {@code interop}; both when none is given). Run it with {@code scripts/corpus-survey.sh}.
 */
public final class CorpusSurvey {

    /** One source's counts: valid (expected accept) and invalid (expected reject) files and how they fared. */
    private static final class Tally {
        int valid;
        int validAccepted;
        int invalid;
        int invalidRejected;

        void add(boolean expectedAccept, boolean accepted) {
            if (expectedAccept) {
                valid++;
                validAccepted += accepted ? 1 : 0;
            } else {
                invalid++;
                invalidRejected += accepted ? 0 : 1;
            }
        }

        void add(Tally other) {
            valid += other.valid;
            validAccepted += other.validAccepted;
            invalid += other.invalid;
            invalidRejected += other.invalidRejected;
        }

        String row(String source) {
            int accepted = validAccepted + (invalid - invalidRejected);
            int rejected = valid + invalid - accepted;
            int agree = validAccepted + invalidRejected;
            return "| " + source + " | " + (valid + invalid) + " | " + accepted + " | " + rejected + " | " + agree
                    + " (" + percent(agree, valid + invalid) + ") | " + validAccepted + " / " + valid + " | "
                    + invalidRejected + " / " + invalid + " |";
        }
    }

    private CorpusSurvey() {}

    public static void main(String[] args) {
        List<Profile> profiles = args.length == 0
                ? List.of(Profile.STRICT, Profile.INTEROP)
                : List.of(args).stream()
                        .map(a -> Profile.parse(a).orElseThrow(() -> new IllegalArgumentException("profile? " + a)))
                        .toList();
        Path root = Corpus.root().orElseThrow(() -> new IllegalStateException("../shared/tosca-corpus not found"));
        for (Profile profile : profiles) {
            survey(root, profile);
        }
    }

    private static void survey(Path root, Profile profile) {
        ToscaEngine engine = new ToscaEngine().withProfile(profile);
        Map<String, Tally> bySource = new TreeMap<>();
        StringBuilder mismatches = new StringBuilder();
        for (Corpus.Entry entry : Corpus.entries()) {
            boolean expectedAccept = entry.expected().equals("accept");
            if (!expectedAccept && !entry.expected().equals("reject")) {
                continue;
            }
            ValidationReport report = engine.validate(root.resolve(entry.path()));
            bySource.computeIfAbsent(source(entry), s -> new Tally()).add(expectedAccept, report.accepted());
            if (report.accepted() != expectedAccept) {
                mismatches
                        .append("  MISMATCH expected ")
                        .append(entry.expected())
                        .append(' ');
                mismatches.append(entry.path()).append('\n');
                report.issues().stream()
                        .filter(Issue::isError)
                        .limit(2)
                        .forEach(i ->
                                mismatches.append("      ").append(i.describe()).append('\n'));
            }
        }
        Tally total = new Tally();
        bySource.values().forEach(total::add);
        System.out.println("Profile " + profile.key() + ":");
        System.out.println();
        System.out.println("| Source | Files | Accepted | Rejected | Agree with expected | Valid accepted"
                + " | Invalid rejected |");
        System.out.println("|---|---|---|---|---|---|---|");
        bySource.forEach((source, tally) -> System.out.println(tally.row(source)));
        System.out.println(total.row("**all**"));
        System.out.println();
        System.out.println("valid accepted " + percent(total.validAccepted, total.valid) + ", invalid rejected "
                + percent(total.invalidRejected, total.invalid));
        System.out.print(mismatches);
        System.out.println();
    }

    /** The corpus folder a file is in: one per source repository. */
    private static String source(Corpus.Entry entry) {
        int slash = entry.path().indexOf('/');
        return slash < 0 ? entry.path() : entry.path().substring(0, slash);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
