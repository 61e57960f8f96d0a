package io.chainline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * docs/architecture.md is checked against the code (ADR 24): its "Feature modules" table names every application
 * module with exactly the modules the code makes it use, and its persistence table names every table a migration in
 * db-migrations/ creates. A new feature, a new dependency or a new table fails this test until the page says so.
 */
class ArchitectureDocTest {

    static final Path PAGE = Path.of("..", "docs", "architecture.md");
    static final Path MIGRATIONS = Path.of("..", "db-migrations");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([a-z_][a-z0-9_]*)\"?");
    private static final Pattern MODULE_ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\| ([^|]*) \\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z_0-9]+)`");

    @Test
    void theFeatureModulesTableSaysWhatEachModuleUses() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        String page = Files.readString(PAGE);
        int section = page.indexOf("## Feature modules");
        assertThat(section)
                .as("docs/architecture.md has a \"Feature modules\" section")
                .isNotNegative();
        int next = page.indexOf("\n## ", section + 1);
        Matcher row = MODULE_ROW.matcher(page.substring(section, next < 0 ? page.length() : next));
        while (row.find()) {
            documented.put(row.group(1), names(row.group(2)));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : ModularityTest.MODULES) {
            actual.put(
                    module.getIdentifier().toString(),
                    module.getDirectDependencies(ModularityTest.MODULES)
                            .uniqueModules()
                            .map(m -> m.getIdentifier().toString())
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(documented)
                .as("docs/architecture.md \"Feature modules\": one row per module, listing what it uses in the code")
                .isEqualTo(actual);
    }

    @Test
    void thePersistenceTableListsEveryTableTheMigrationsCreate() throws IOException {
        String page = Files.readString(PAGE);
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path sql : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher table = CREATE_TABLE.matcher(Files.readString(sql));
                while (table.find()) {
                    created.add(table.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).as("tables the migrations create").contains("user_account", "event_publication");
        assertThat(created.stream().filter(t -> !page.contains("| `" + t + "` |")))
                .as("tables created in db-migrations/ but missing from docs/architecture.md's persistence table")
                .isEmpty();
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
