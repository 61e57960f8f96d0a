package io.chainline.console.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real OCI registries the tests use: 127.0.0.1:5000 (anonymous) and 127.0.0.1:5001 (basic auth, ciuser/cipass),
 * seeded by .ci/local-registry.sh with a single-platform image, an OCI index and a Docker manifest list. Their
 * references and digests come from the seed files (CHAINLINE_TEST_REGISTRY_SEED, _AUTH_SEED; .ci/run sets them).
 */
public final class LocalRegistries {

    public static final String USER = "ciuser";
    public static final String PASSWORD = "cipass";

    private LocalRegistries() {}

    public static Map<String, String> anonymous() {
        return seed("CHAINLINE_TEST_REGISTRY_SEED", "/tmp/local-registry/run/seed.env");
    }

    public static Map<String, String> authenticated() {
        return seed("CHAINLINE_TEST_REGISTRY_AUTH_SEED", "/tmp/local-registry-auth/run/seed.env");
    }

    private static Map<String, String> seed(String variable, String fallback) {
        Path file = Path.of(System.getenv().getOrDefault(variable, fallback));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No seeded local registry (" + file + "). Start the test registries with"
                    + " .ci/test-services.sh start (README, 'Prerequisites'), or run .ci/run.");
        }
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(
                            line.substring(0, eq).trim(),
                            line.substring(eq + 1).trim().replace("\"", ""));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
