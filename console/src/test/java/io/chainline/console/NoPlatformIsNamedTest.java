package io.chainline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The test-only fake platform reaches the form, the API and the plan (FakePlatformIT, FakePlatformBrowserIT) though
 * the console's own sources say nothing of it: a new platform is a new module and nothing else (ADR 23).
 */
class NoPlatformIsNamedTest {

    private static final Pattern FAKE = Pattern.compile("(?i)connector[.-]fake|FakePlatform|FakeLab|\\bFAKE\\b");
    private static final Pattern IMPLEMENTATION =
            Pattern.compile("import io\\.chainline\\.connector\\.(?!api\\.)[a-z]+\\.");

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            // binary resources (images, fonts) cannot name a platform
            return "";
        }
    }

    @Test
    void noConsoleSourceOrResourceMentionsTheFakePlatform() {
        assertThat(sources()).hasSizeGreaterThan(100);
        assertThat(sources()).filteredOn(f -> FAKE.matcher(read(f)).find()).isEmpty();
    }

    @Test
    void noConsoleSourceImportsAConnectorImplementation() {
        assertThat(sources())
                .filteredOn(f -> IMPLEMENTATION.matcher(read(f)).find())
                .isEmpty();
    }

    @Test
    void thePatternsWouldSeeAMention() {
        assertThat(FAKE.matcher("import io.chainline.connector.fake.FakePlatform;")
                        .find())
                .isTrue();
        assertThat(IMPLEMENTATION
                        .matcher("import io.chainline.connector.docker.DockerPlatform;")
                        .find())
                .isTrue();
        assertThat(IMPLEMENTATION
                        .matcher("import io.chainline.connector.api.Platform;")
                        .find())
                .isFalse();
    }
}
