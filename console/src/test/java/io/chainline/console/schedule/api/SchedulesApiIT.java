package io.chainline.console.schedule.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.Deployables;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schedules and windows over REST: what each role may do, coded refusals for bad recurrences, zones, overrides and
 * jobs, and nothing saved when refused.
 */
@IntegrationTest
class SchedulesApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    CatalogService catalog;

    @Autowired
    ChainService chains;

    @Test
    void refusalsAreCodedAndRolesAreEnforced() throws Exception {
        ChainSummary chain = Deployables.publish(catalog, chains, "127.0.0.1:5000/nfv/echo:1.0", Deployables.vcpe());
        String at = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
        int before = json.readTree(
                        call("GET", "/api/v1/schedules", TestUsers.VIEWER, null).body())
                .size();

        assertCode(
                call(
                        "POST",
                        "/api/v1/schedules",
                        TestUsers.OPERATOR,
                        deploy("bad-cron", chain, "CRON", "\"expression\":\"every sunday\"", "")),
                422,
                "RECURRENCE-CRON-INVALID");
        assertCode(
                call(
                        "POST",
                        "/api/v1/schedules",
                        TestUsers.OPERATOR,
                        deploy(
                                "bad-zone",
                                chain,
                                "ONCE",
                                "\"startsLocal\":\"" + at + "\",\"zone\":\"Mars/Olympus\"",
                                "")),
                422,
                "RECURRENCE-ZONE-UNKNOWN");
        assertCode(
                call(
                        "POST",
                        "/api/v1/schedules",
                        TestUsers.OPERATOR,
                        deploy("past", chain, "ONCE", "\"startsLocal\":\"2020-01-01T02:00:00\"", "")),
                422,
                "SCHEDULE-IN-PAST");
        assertCode(
                call(
                        "POST",
                        "/api/v1/schedules",
                        TestUsers.OPERATOR,
                        deploy("override", chain, "ONCE", "\"startsLocal\":\"" + at + "\"", "urgent")),
                403,
                "SCHEDULE-OVERRIDE-ADMIN");
        assertCode(
                call("POST", "/api/v1/schedules", TestUsers.OPERATOR, """
                {"name":"ghost","job":{"operation":"TERMINATE","deploymentId":"%s"},
                 "recurrence":"ONCE","startsLocal":"%s"}""".formatted(UUID.randomUUID(), at)),
                404,
                "DEPLOYMENT-NOT-FOUND");
        assertCode(
                call("POST", "/api/v1/schedules", TestUsers.OPERATOR, """
                {"name":"no-job","recurrence":"ONCE","startsLocal":"%s"}""".formatted(at)),
                422,
                "SCHEDULE-JOB-INCOMPLETE");
        HttpResponse<String> noDeployment = call("POST", "/api/v1/schedules", TestUsers.OPERATOR, """
                {"name":"no-deployment","job":{"operation":"TERMINATE"},"recurrence":"ONCE","startsLocal":"%s"}""".formatted(at));
        assertCode(noDeployment, 422, "DEPLOYMENT-JOB-INCOMPLETE");
        assertThat(json.readTree(noDeployment.body()).path("detail").asString())
                .as("the API names the field as scripts send it")
                .isEqualTo("Choose the deployment to act on (deploymentId).");
        assertThat(call(
                                "POST",
                                "/api/v1/schedules",
                                TestUsers.VIEWER,
                                deploy("viewer", chain, "ONCE", "\"startsLocal\":\"" + at + "\"", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(json.readTree(call("GET", "/api/v1/schedules", TestUsers.VIEWER, null)
                                .body())
                        .size())
                .as("nothing saved")
                .isEqualTo(before);

        HttpResponse<String> created = call(
                "POST",
                "/api/v1/schedules",
                TestUsers.OPERATOR,
                deploy(
                        "api-" + UUID.randomUUID().toString().substring(0, 6),
                        chain,
                        "RRULE",
                        "\"expression\":\"FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=0\",\"startsLocal\":\"" + at
                                + "\",\"zone\":\"Europe/Paris\"",
                        ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode schedule = json.readTree(created.body());
        assertThat(schedule.path("recurrence").asString())
                .contains("FREQ=WEEKLY")
                .contains("Europe/Paris");
        assertThat(schedule.path("nextEffectiveAt").asString()).isNotBlank();
        assertThat(schedule.path("effectiveReason").asString()).startsWith("on time");
        String id = schedule.path("id").asString();

        assertThat(call(
                                "POST",
                                "/api/v1/schedules/" + id + "/pause",
                                TestUsers.OPERATOR,
                                "{\"reason\":\"CAB said no\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(json.readTree(call("GET", "/api/v1/schedules/" + id, TestUsers.VIEWER, null)
                                .body())
                        .path("stateReason")
                        .asString())
                .isEqualTo("CAB said no");
        assertThat(call("GET", "/api/v1/schedules/" + id + "/runs", TestUsers.VIEWER, null)
                        .body())
                .isEqualTo("[]");
        assertThat(call("DELETE", "/api/v1/schedules/" + id, TestUsers.OPERATOR, null)
                        .statusCode())
                .isEqualTo(204);

        String window = """
                {"name":"w-%s","kind":"DENY","recurrence":"CRON","expression":"0 18 * * FRI","zone":"Europe/Paris",
                 "durationMinutes":3600}""".formatted(UUID.randomUUID().toString().substring(0, 6));
        assertThat(call("POST", "/api/v1/windows", TestUsers.OPERATOR, window).statusCode())
                .as("windows bind everyone: administrators define them")
                .isEqualTo(403);
        assertCode(
                call("POST", "/api/v1/windows", TestUsers.ADMIN, window.replace("3600", "0")),
                422,
                "WINDOW-DURATION-INVALID");
        assertCode(
                call(
                        "POST",
                        "/api/v1/windows",
                        TestUsers.ADMIN,
                        window.replace("\"durationMinutes\"", "\"targets\":[\"no-such-target\"],\"durationMinutes\"")),
                422,
                "WINDOW-TARGET-UNKNOWN");
        HttpResponse<String> freeze = call("POST", "/api/v1/windows", TestUsers.ADMIN, window);
        assertThat(freeze.statusCode()).as(freeze.body()).isEqualTo(201);
        JsonNode w = json.readTree(freeze.body());
        assertThat(w.path("schedule").asString()).contains("0 18 * * FRI").contains("3600 min");
        assertThat(call("DELETE", "/api/v1/windows/" + w.path("id").asString(), TestUsers.ADMIN, null, "\"999\"")
                        .statusCode())
                .as("a stale version is refused")
                .isEqualTo(409);
        assertThat(call(
                                "DELETE",
                                "/api/v1/windows/" + w.path("id").asString(),
                                TestUsers.ADMIN,
                                null,
                                freeze.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(204);
    }

    private static String deploy(String name, ChainSummary chain, String recurrence, String timing, String override) {
        return """
                {"name":"%s","job":{"operation":"INSTANTIATE","deploymentName":"%s","chainId":"%s"},
                 "recurrence":"%s",%s,"overrideReason":"%s"}""".formatted(name, name, chain.id(), recurrence, timing, override);
    }

    private void assertCode(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo(code);
    }

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return call(method, path, user, body, null);
    }

    private HttpResponse<String> call(String method, String path, String user, String body, String ifMatch)
            throws Exception {
        TestUsers.ensure(users);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + TestUsers.passwordOf(user))
                                                .getBytes(StandardCharsets.UTF_8)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
