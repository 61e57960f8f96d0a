package io.chainline.benchmarks;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.ValidationReport;
import io.chainline.tosca.issue.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Validate throughput over the accepted VNFDs of the shared corpus, against bare YAML parsing of the same files as
 * the floor. Each invocation handles the next file, so SampleTime's percentiles are per-file latencies.
 * Run: scripts/benchmark-tosca.sh (docs/performance.md has the figures).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ToscaValidateBenchmark {

    /** The corpus root; set with -p corpus=... . */
    @Param("../shared/tosca-corpus")
    public String corpus;

    private List<Path> files;
    private List<String> texts;
    /** Per file: its text and the texts of every local file it imports, transitively. */
    private List<List<String>> withImports;

    /** The profile the engine judges by (strict or interop); set with -p profile=... . The floors ignore it. */
    @Param({"strict", "interop"})
    public String profile;

    private ToscaEngine engine;
    private int next;

    @Setup
    public void load() throws IOException {
        engine = new ToscaEngine()
                .withProfile(Profile.parse(profile)
                        .orElseThrow(() -> new IllegalArgumentException("profile: strict or interop, not " + profile)));
        Path root = Path.of(corpus);
        files = Files.readAllLines(root.resolve("MANIFEST.tsv")).stream()
                .skip(1)
                .map(line -> line.split("\t", -1))
                .filter(c ->
                        c.length >= 9 && c[8].equals("accept") && c[5].equals("vnfd") && c[0].matches(".*\\.ya?ml$"))
                .map(c -> root.resolve(c[0]))
                .toList();
        texts = files.stream().map(ToscaValidateBenchmark::read).toList();
        withImports =
                files.stream().map(ToscaValidateBenchmark::withLocalImports).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("no accepted VNFDs under " + root.toAbsolutePath());
        }
    }

    /** The file and the local files it imports (not URLs: the engine's bundled copies stand in for those). */
    private static List<String> withLocalImports(Path entry) {
        java.util.LinkedHashMap<Path, String> seen = new java.util.LinkedHashMap<>();
        java.util.ArrayDeque<Path> todo =
                new java.util.ArrayDeque<>(List.of(entry.toAbsolutePath().normalize()));
        Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (seen.containsKey(file) || !Files.isRegularFile(file)) {
                continue;
            }
            String text = read(file);
            seen.put(file, text);
            if (load.loadFromString(text) instanceof java.util.Map<?, ?> root
                    && root.get("imports") instanceof List<?> imports) {
                for (Object item : imports) {
                    Object ref = item instanceof java.util.Map<?, ?> m
                            ? (m.containsKey("file")
                                    ? m.get("file")
                                    : m.values().stream().findFirst().orElse(null))
                            : item;
                    if (ref instanceof java.util.Map<?, ?> inner) {
                        ref = inner.get("file");
                    }
                    if (ref instanceof String name && !name.contains("://")) {
                        todo.push(file.getParent().resolve(name).normalize());
                    }
                }
            }
        }
        return List.copyOf(seen.values());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Full validation: YAML, imports (bundled SOL001 and Tacker types included), types, topology. */
    @Benchmark
    public ValidationReport validate() {
        next = (next + 1) % files.size();
        return engine.validate(files.get(next));
    }

    /** Validation and mapping into the descriptor model: what the console's import does. */
    @Benchmark
    public Object importAndMap() {
        next = (next + 1) % files.size();
        return engine.importFile(files.get(next));
    }

    /**
     * The fair floor: SnakeYAML Engine loading the file and every local file it imports, which validation must read
     * too; nothing else.
     */
    @Benchmark
    public Object bareYamlWithImports() {
        next = (next + 1) % withImports.size();
        Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build());
        Object last = null;
        for (String text : withImports.get(next)) {
            last = load.loadFromString(text);
        }
        return last;
    }

    /** The entry-only floor: SnakeYAML Engine loading the same file into plain maps, nothing else. */
    @Benchmark
    public Object bareYaml() {
        next = (next + 1) % texts.size();
        return new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadFromString(texts.get(next));
    }
}
