package io.chainline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API and actuator answer as automation expects: HTTP Basic, role checks, problem+json, anonymous probes. */
@IntegrationTest
class ApiSecurityIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @BeforeEach
    void users() {
        TestUsers.ensure(users);
    }

    private HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousApiCallGets401AsProblemJsonWithABasicChallenge() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Basic realm=\"Chainline\"");
        assertThat(response.body()).contains("\"status\":401").contains("\"code\":\"AUTH-REQUIRED\"");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreAnsweredIdentically() throws Exception {
        HttpResponse<String> wrongPassword = get("/api/v1/me", TestUsers.VIEWER, "not-the-password-at-all");
        HttpResponse<String> unknownUser = get("/api/v1/me", "nobody-" + port, "not-the-password-at-all");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"admin, ADMIN", "it-operator, OPERATOR", "it-viewer, VIEWER"})
    void meTellsAScriptWhoItIsAndWhichRolesItHolds(String user, String role) throws Exception {
        HttpResponse<String> response = get("/api/v1/me", user, TestUsers.passwordOf(user));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"" + user + "\"").contains("\"role\":\"" + role + "\"");
    }

    @ParameterizedTest(name = "{0} on {1} gets {2}")
    @CsvSource({
        "it-viewer, /api/v1/users, 403",
        "it-operator, /api/v1/users, 403",
        "admin, /api/v1/users, 200",
        "it-viewer, /actuator/prometheus, 403",
        "admin, /actuator/prometheus, 200",
        "it-operator, /actuator/metrics, 403"
    })
    void administrationNeedsTheAdminRole(String user, String path, int status) throws Exception {
        HttpResponse<String> response = get(path, user, TestUsers.passwordOf(user));

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"code\":\"AUTH-FORBIDDEN\"");
        }
    }

    @Test
    void prometheusExposesJvmAndHttpMetricsToAnAdmin() throws Exception {
        String metrics = get("/actuator/prometheus", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .body();

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("application=\"chainline\"");
    }

    @Test
    void healthAndProbesAnswerAnonymouslyWithStatusOnly() throws Exception {
        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe, null, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components");
        }
    }

    @Test
    void healthShowsItsComponentsToAnAdmin() throws Exception {
        HttpResponse<String> response = get("/actuator/health", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        assertThat(response.body()).contains("\"components\"").contains("\"db\"");
    }

    @Test
    void aRefusedChangeIsAProblemWithItsCode() throws Exception {
        String body = "{\"username\":\"x\",\"password\":\"short\",\"role\":\"VIEWER\"}";
        String basic = Base64.getEncoder()
                .encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"USER-NAME-INVALID\"");
    }

    @Test
    void theApiNeverSendsAPasswordHashBack() throws Exception {
        String body =
                get("/api/v1/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).body();

        assertThat(body)
                .contains("\"username\":\"admin\"")
                .doesNotContain("bcrypt")
                .doesNotContain("password\":");
    }
}
