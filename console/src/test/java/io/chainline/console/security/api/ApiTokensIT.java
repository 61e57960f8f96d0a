package io.chainline.console.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.CreateUserRequest;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestClock;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer API tokens: shown once and stored hashed; they act as their owner with their own role, never above the
 * owner's; revoked, expired and unknown tokens are refused with a code that says so.
 */
@IntegrationTest
class ApiTokensIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    @Test
    void aTokenActsAsItsOwnerWithItsOwnRoleUntilRevoked() throws Exception {
        TestUsers.ensure(users);
        String name = "vendor-ci-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = basic("POST", "/api/v1/tokens", TestUsers.OPERATOR, """
                {"name":"%s","role":"OPERATOR","days":30}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = json.readTree(created.body());
        String secret = body.path("secret").asString();
        String id = body.path("token").path("id").asString();
        assertThat(secret).startsWith("chl_").hasSizeGreaterThan(40);

        String listed = basic("GET", "/api/v1/tokens", TestUsers.OPERATOR, null).body();
        assertThat(listed).contains(name).doesNotContain(secret);
        String stored = jdbc.queryForObject(
                "select secret_hash from api_token where id = ?", String.class, UUID.fromString(id));
        assertThat(stored).hasSize(64).isNotEqualTo(secret).doesNotContain(secret.substring(4, 20));
        assertThat(audit.history("token", id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("token.created"));

        assertThat(bearer("GET", "/api/v1/deployments", secret, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> plan =
                bearer("POST", "/api/v1/deployments/plan", secret, """
                {"name":"Not A DNS Label","chainId":"%s"}""".formatted(UUID.randomUUID()));
        assertThat(plan.statusCode())
                .as("an OPERATOR token reaches the operator API")
                .isEqualTo(422);
        assertThat(bearer("GET", "/api/v1/users", secret, null).statusCode()).isEqualTo(403);

        assertThat(bearer("DELETE", "/api/v1/tokens/" + id, secret, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> revoked = bearer("GET", "/api/v1/deployments", secret, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(json.readTree(revoked.body()).path("code").asString()).isEqualTo("TOKEN-INVALID");
        assertThat(revoked.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void aDemotedOrDisabledOwnersTokenLosesItsPowerAtOnceThoughCallersAreCached() throws Exception {
        TestUsers.ensure(users);
        String owner = "it-owner-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new CreateUserRequest(owner, TestUsers.PASSWORD, Role.OPERATOR, false));
        String secret = secret(basic("POST", "/api/v1/tokens", owner, """
                {"name":"ci","role":"OPERATOR"}"""));
        String plan = """
                {"name":"Not A DNS Label","chainId":"%s"}""".formatted(UUID.randomUUID());
        assertThat(bearer("POST", "/api/v1/deployments/plan", secret, plan).statusCode())
                .isEqualTo(422);

        users.update(owner, Role.VIEWER, true);
        assertThat(bearer("POST", "/api/v1/deployments/plan", secret, plan).statusCode())
                .as("the cached caller is forgotten when its owner is demoted")
                .isEqualTo(403);
        users.update(owner, Role.VIEWER, false);
        assertThat(bearer("GET", "/api/v1/deployments", secret, null).statusCode())
                .as("and when the owner is disabled")
                .isEqualTo(401);
    }

    @Test
    void aTokenNeverDoesMoreThanItsRoleOrItsOwner() throws Exception {
        TestUsers.ensure(users);
        HttpResponse<String> tooHigh =
                basic("POST", "/api/v1/tokens", TestUsers.OPERATOR, """
                {"name":"root-%s","role":"ADMIN"}""".formatted(UUID.randomUUID()));
        assertThat(tooHigh.statusCode()).isEqualTo(403);
        assertThat(json.readTree(tooHigh.body()).path("code").asString()).isEqualTo("TOKEN-ROLE-TOO-HIGH");

        String reader = secret(basic("POST", "/api/v1/tokens", TestUsers.ADMIN, """
                {"name":"wall-%s","role":"VIEWER"}""".formatted(UUID.randomUUID())));
        assertThat(bearer("GET", "/api/v1/deployments", reader, null).statusCode())
                .isEqualTo(200);
        assertThat(bearer("POST", "/api/v1/deployments/plan", reader, "{}").statusCode())
                .as("an ADMIN's VIEWER token only reads")
                .isEqualTo(403);
        HttpResponse<String> mint = bearer("POST", "/api/v1/tokens", reader, """
                {"name":"escalate-%s","role":"ADMIN"}""".formatted(UUID.randomUUID()));
        assertThat(mint.statusCode()).as("a token cannot mint a stronger one").isEqualTo(403);
        assertThat(json.readTree(mint.body()).path("code").asString()).isEqualTo("TOKEN-ROLE-TOO-HIGH");

        HttpResponse<String> forever =
                basic("POST", "/api/v1/tokens", TestUsers.VIEWER, """
                {"name":"forever-%s","days":5000}""".formatted(UUID.randomUUID()));
        assertThat(forever.statusCode()).isEqualTo(422);
        assertThat(json.readTree(forever.body()).path("code").asString()).isEqualTo("TOKEN-LIFETIME-INVALID");
    }

    @Test
    void expiredUnknownAndMalformedTokensAreRefused() throws Exception {
        TestUsers.ensure(users);
        String shortLived = secret(basic("POST", "/api/v1/tokens", TestUsers.VIEWER, """
                {"name":"short-%s","days":1}""".formatted(UUID.randomUUID())));
        assertThat(bearer("GET", "/api/v1/chains", shortLived, null).statusCode())
                .isEqualTo(200);
        clock.setNow(clock.instant().plus(Duration.ofDays(2)));
        assertThat(bearer("GET", "/api/v1/chains", shortLived, null).statusCode())
                .isEqualTo(401);
        clock.reset();

        assertThat(bearer("GET", "/api/v1/chains", "chl_" + "A".repeat(43), null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> garbage = bearer("GET", "/api/v1/chains", "not-a-token", null);
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(garbage.body()).doesNotContain("Exception");
    }

    private String secret(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("secret").asString();
    }

    private HttpResponse<String> basic(String method, String path, String user, String body) throws Exception {
        return send(
                method,
                path,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + TestUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8)),
                body);
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body) throws Exception {
        return send(method, path, "Bearer " + token, body);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
