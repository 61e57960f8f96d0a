package io.chainline.console.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A console whose database stops taking writes goes not-ready: H2 is shut down under a running console (as it closes
 * itself after an out-of-memory error), and readiness, which said UP, says DOWN naming the failure, while the pool's
 * connection check alone would not. A context of its own, thrown away afterwards: its database is gone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chainline.test.context=database-writes")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class DatabaseWritesReadinessIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    WritableDatabase writes;

    @Test
    void readinessTurnsDownWhenTheDatabaseNoLongerTakesWrites() throws Exception {
        assertThat(get("/actuator/health/readiness", false).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", true).body()).contains("\"databaseWrites\"");

        new JdbcTemplate(dataSource).execute("SHUTDOWN");

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get("/actuator/health/readiness", false).statusCode() == 503);
        assertThat(get("/actuator/health/readiness", false).body()).contains("\"status\":\"DOWN\"");
        // signing in needs the database too, so the failure's words are read from the check itself
        Health health = writes.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error")).asString().isNotBlank();
    }

    private HttpResponse<String> get(String path, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (admin) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
