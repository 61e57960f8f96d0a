package io.chainline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.docs.Documenter;

/**
 * docs/modules holds what Spring Modulith's Documenter generates from the code (ADR 24): the module diagram
 * (components.puml, C4 PlantUML), one diagram per module and one canvas per module (its services, events, published
 * and listened to, and configuration properties). This test generates them again and fails when the checked-in files
 * differ, so the architecture page's diagram is never older than the code.
 */
class ModuleDocsTest {

    static final Path CHECKED_IN = Path.of("..", "docs", "modules");
    static final String REGENERATE =
            "./mvnw -pl console -am test -Dtest=ModuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dchainline.docs.write=true";

    @Test
    void theCheckedInModuleDocsAreWhatTheCodeGenerates(@TempDir Path out) throws IOException {
        Path generated = out.resolve("modules");
        new Documenter(ModularityTest.MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> fresh = read(generated);
        if (Boolean.getBoolean("chainline.docs.write")) {
            write(fresh);
        }
        Map<String, String> kept = Files.isDirectory(CHECKED_IN) ? read(CHECKED_IN) : Map.of();
        List<String> differing = new ArrayList<>();
        fresh.forEach((name, text) -> {
            if (!kept.containsKey(name) || !normalised(text).equals(normalised(kept.get(name)))) {
                differing.add(name + (kept.containsKey(name) ? " (changed)" : " (missing)"));
            }
        });
        kept.keySet().stream()
                .filter(name -> !fresh.containsKey(name))
                .forEach(name -> differing.add(name + " (no longer generated)"));
        assertThat(differing)
                .as("docs/modules is older than the code; regenerate it with%n  %s%nand commit the result", REGENERATE)
                .isEmpty();
    }

    /** The lines in order: the Documenter's order of modules and relations is not part of what it says. */
    private static List<String> normalised(String text) {
        return text.lines().map(String::strip).sorted().toList();
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                // line ends normalised: a Windows checkout is not a change
                files.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n"));
            }
        }
        return files;
    }

    private static void write(Map<String, String> files) throws IOException {
        Files.createDirectories(CHECKED_IN);
        try (Stream<Path> old = Files.list(CHECKED_IN)) {
            old.filter(file -> !files.containsKey(file.getFileName().toString()))
                    .forEach(file -> {
                        try {
                            Files.delete(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(CHECKED_IN.resolve(file.getKey()), file.getValue());
        }
    }
}
