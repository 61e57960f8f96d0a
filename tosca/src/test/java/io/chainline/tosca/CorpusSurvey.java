package io.chainline.tosca;

import java.nio.file.Path;

/** A harness (not a test): prints the engine's verdict for every corpus file beside the expected one. */
public final class CorpusSurvey {

    public static void main(String[] args) {
        ToscaEngine engine = new ToscaEngine();
        Path root = Corpus.root().orElseThrow(() -> new IllegalStateException("../shared/tosca-corpus not found"));
        int agree = 0;
        int total = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            if (!entry.expected().equals("accept") && !entry.expected().equals("reject")) {
                continue;
            }
            ValidationReport report = engine.validate(root.resolve(entry.path()));
            boolean ok = report.accepted() == entry.expected().equals("accept");
            total++;
            if (ok) {
                agree++;
            } else {
                System.out.println("MISMATCH " + entry.expected() + " " + entry.path() + " " + entry.notes());
                report.issues().stream()
                        .filter(i -> i.isError())
                        .limit(3)
                        .forEach(i -> System.out.println("    " + i.describe()));
            }
        }
        System.out.println("agree " + agree + " / " + total);
    }
}
