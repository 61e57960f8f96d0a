package io.chainline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Methods stay under 40 lines unless a reviewer said why not (issue 20, ADR 27).
 *
 * <p>The rule: every method and constructor with a body in the reactor's production code ({@code src/main/java} of
 * tosca, placement, connectors/*, console, benchmarks) is measured from the line of its name (the signature line,
 * so annotations and Javadoc above it do not count) to the line of its closing brace, both included. Lambdas and
 * anonymous classes count toward the method they are written in. A method longer than {@value #LIMIT} lines must be
 * listed in {@code docs/long-methods.md} as {@code - `Class.method` (lines): why}, where {@code Class} is the simple
 * name of the type that declares it; the listed length is the most the method may grow to without a new review.
 */
class MethodLengthTest {

    static final int LIMIT = 40;

    private static final List<String> SOURCE_ROOTS = List.of(
            "tosca",
            "placement",
            "connectors/api",
            "connectors/docker",
            "connectors/kubernetes",
            "connectors/openstack",
            "connectors/testkit",
            "console",
            "benchmarks");

    /** {@code - `Class.method` (73): why}; the reason may not be empty. */
    private static final Pattern ENTRY = Pattern.compile("^- `([\\w$]+\\.[\\w$<>]+)` \\((\\d+)\\):\\s*(\\S.*)$");

    record LongMethod(String name, int lines, String where) {}

    record Entry(String name, int lines) {}

    @Test
    void everyMethodOverFortyLinesIsReviewed() throws IOException {
        Path root = reactorRoot();
        Map<String, LongMethod> found = longMethods(root);
        Map<String, Entry> reviewed = reviewed(root.resolve("docs/long-methods.md"));

        List<String> problems = new ArrayList<>();
        found.values().forEach(method -> {
            Entry entry = reviewed.get(method.name());
            if (entry == null) {
                problems.add(
                        "%s is %d lines (%s): split it into well-named private methods, or add the line - `%s` (%d): why"
                                        .formatted(
                                                method.name(),
                                                method.lines(),
                                                method.where(),
                                                method.name(),
                                                method.lines())
                                + " to docs/long-methods.md if it reads better whole");
            } else if (method.lines() > entry.lines()) {
                problems.add("%s grew from %d to %d lines (%s): split it, or review it again and update its line in"
                                .formatted(method.name(), entry.lines(), method.lines(), method.where())
                        + " docs/long-methods.md");
            }
        });
        reviewed.keySet().stream()
                .filter(name -> !found.containsKey(name))
                .forEach(name -> problems.add(name + " is listed in docs/long-methods.md but is no longer over " + LIMIT
                        + " lines (or no longer exists): remove its line"));

        assertThat(problems)
                .as("methods over %d lines must be split or reviewed (docs/long-methods.md)", LIMIT)
                .isEmpty();
    }

    /** The guard itself must see the code: a broken path would make it pass vacuously. */
    @Test
    void theGuardReadsEveryModule() throws IOException {
        Path root = reactorRoot();
        for (String module : SOURCE_ROOTS) {
            assertThat(root.resolve(module).resolve("src/main/java")).as(module).isDirectory();
        }
        assertThat(reviewed(root.resolve("docs/long-methods.md")))
                .as("docs/long-methods.md is read")
                .isNotEmpty();
    }

    /** The rule itself: Javadoc and annotations above the name do not count; a wrapped signature does. */
    @Test
    void aMethodIsMeasuredFromItsNameToItsClosingBrace() {
        String source = """
                class Sample {
                    /**
                     * Javadoc.
                     */
                    @Deprecated
                    String wrapped(
                            int a) {
                        Runnable r = () -> {
                            System.out.println(a);
                        };
                        return "}";
                    }

                    Sample() {}

                    abstract void none();
                }
                """;
        CompilationUnit unit = parser().parse(source).getResult().orElseThrow();
        List<Optional<Integer>> lines = unit.findAll(CallableDeclaration.class).stream()
                .map(callable -> measure((CallableDeclaration<?>) callable))
                .toList();
        assertThat(lines).containsExactly(Optional.of(7), Optional.of(1), Optional.empty());
    }

    private static JavaParser parser() {
        // comments are not needed to measure: not attributing them makes the parse about twice as fast
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(LanguageLevel.JAVA_21)
                .setAttributeComments(false));
    }

    static Map<String, LongMethod> longMethods(Path root) throws IOException {
        JavaParser parser = parser();
        Map<String, LongMethod> found = new TreeMap<>();
        for (String module : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    ParseResult<CompilationUnit> parsed = parser.parse(file);
                    CompilationUnit unit = parsed.getResult()
                            .filter(cu -> parsed.isSuccessful())
                            .orElseThrow(() ->
                                    new IllegalStateException("cannot parse " + file + ": " + parsed.getProblems()));
                    for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                        measure(callable).filter(lines -> lines > LIMIT).ifPresent(lines -> {
                            String name = declaringType(callable) + "." + callable.getNameAsString();
                            String where = root.relativize(file) + ":"
                                    + callable.getName().getBegin().orElseThrow().line;
                            found.merge(
                                    name, new LongMethod(name, lines, where), (a, b) -> a.lines() >= b.lines() ? a : b);
                        });
                    }
                }
            }
        }
        return found;
    }

    /** Signature line (the name's) to closing brace, both included; empty for abstract and interface methods. */
    private static Optional<Integer> measure(CallableDeclaration<?> callable) {
        Optional<BlockStmt> body = callable instanceof MethodDeclaration method
                ? method.getBody()
                : Optional.of(((ConstructorDeclaration) callable).getBody());
        return body.map(block -> block.getEnd().orElseThrow().line
                - callable.getName().getBegin().orElseThrow().line
                + 1);
    }

    private static String declaringType(CallableDeclaration<?> callable) {
        return callable.findAncestor(TypeDeclaration.class)
                .map(type -> ((TypeDeclaration<?>) type).getNameAsString())
                .orElse("(anonymous)");
    }

    static Map<String, Entry> reviewed(Path list) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                entries.put(entry.group(1), new Entry(entry.group(1), Integer.parseInt(entry.group(2))));
            }
        }
        return entries;
    }

    /** Surefire runs in console/; the reactor root is the folder that holds docs/long-methods.md and tosca/. */
    private static Path reactorRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("tosca")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("the reactor root above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
