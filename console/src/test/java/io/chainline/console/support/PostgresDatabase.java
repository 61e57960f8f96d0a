package io.chainline.console.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests: the server .ci/run starts (CHAINLINE_TEST_POSTGRES_URL, with _USER and _PASSWORD), or
 * an embedded one (zonky) when none is given. Every JVM run gets its own schema, so runs never see each other's data.
 */
public final class PostgresDatabase {

    private static final String SCHEMA =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static volatile Connection connection;

    private record Connection(String url, String user, String password, String origin) {}

    private PostgresDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        Connection db = connection();
        String separator = db.url().contains("?") ? "&" : "?";
        registry.add("spring.datasource.url", () -> db.url() + separator + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    /** Spring arguments for a console process of its own on a fresh schema of this PostgreSQL. */
    public static java.util.List<String> processArguments(String schema) {
        Connection db = connection();
        String separator = db.url().contains("?") ? "&" : "?";
        return java.util.List.of(
                "--spring.datasource.url=" + db.url() + separator + "currentSchema=" + schema,
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema);
    }

    /** Where the tests' PostgreSQL came from, for the test log. */
    public static String origin() {
        return connection().origin();
    }

    private static Connection connection() {
        if (connection == null) {
            synchronized (PostgresDatabase.class) {
                if (connection == null) {
                    connection = connect();
                }
            }
        }
        return connection;
    }

    private static Connection connect() {
        String url = System.getenv("CHAINLINE_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    System.getenv().getOrDefault("CHAINLINE_TEST_POSTGRES_USER", "mano"),
                    System.getenv().getOrDefault("CHAINLINE_TEST_POSTGRES_PASSWORD", "mano"),
                    "server at " + url);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            return new Connection(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded (zonky)");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start an embedded PostgreSQL; set CHAINLINE_TEST_POSTGRES_URL", e);
        }
    }
}
