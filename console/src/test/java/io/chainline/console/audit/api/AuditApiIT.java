package io.chainline.console.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changes through the API land in the audit log with where they came from; administrators read and export it. */
@IntegrationTest
class AuditApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void changesThroughTheApiAreRecordedWithTheirSourceAndExported() throws Exception {
        TestUsers.ensure(users);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = basic(TestUsers.ADMIN);
        HttpResponse<String> token = send("POST", "/api/v1/tokens", admin, """
                {"name":"audit-%s","role":"ADMIN","days":1}""".formatted(tag));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String bearer = "Bearer " + json.readTree(token.body()).path("secret").asString();
        HttpResponse<String> window = send("POST", "/api/v1/windows", bearer, """
                {"name":"audit-%s","kind":"DENY","recurrence":"CRON","expression":"0 18 * * FRI",
                 "durationMinutes":60}""".formatted(tag));
        assertThat(window.statusCode()).as(window.body()).isEqualTo(201);
        String windowId = json.readTree(window.body()).path("id").asString();

        JsonNode page = json.readTree(send("GET", "/api/v1/audit?area=window&q=audit-" + tag, admin, null)
                .body());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode entry = page.path("entries").get(0);
        assertThat(entry.path("actor").asString()).isEqualTo(TestUsers.ADMIN);
        assertThat(entry.path("action").asString()).isEqualTo("window.created");
        assertThat(entry.path("targetId").asString()).isEqualTo(windowId);
        assertThat(entry.path("source").asString()).startsWith("API from ").endsWith("token audit-" + tag);
        assertThat(entry.path("detail").asString())
                .contains("DENY audit-" + tag)
                .contains("0 18 * * FRI");

        JsonNode tokens = json.readTree(send("GET", "/api/v1/audit?area=token&actor=admin&q=audit-" + tag, admin, null)
                .body());
        assertThat(tokens.path("entries").get(0).path("source").asString()).doesNotContain("token audit");

        HttpResponse<String> csv = send("GET", "/api/v1/audit/export?q=audit-" + tag, admin, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines()).first().asString().startsWith("id,occurred_at,actor");
        assertThat(csv.body().lines().filter(l -> l.contains("audit-" + tag))).hasSize(2);

        assertThat(send("GET", "/api/v1/audit", basic(TestUsers.OPERATOR), null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/windows/" + windowId, basic(TestUsers.VIEWER), null)
                        .statusCode())
                .isEqualTo(200);
        String etag = send("GET", "/api/v1/windows/" + windowId, admin, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(send("DELETE", "/api/v1/windows/" + windowId, admin, null, etag)
                        .statusCode())
                .isEqualTo(204);
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return send(method, path, authorization, body, null);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
