package io.chainline.console.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever goes wrong under /api/**, and whichever filter chain it passes, the caller gets problem+json with a
 * {@code code}: never a redirect to /login, an empty 403, the UI's HTML page, or a body read in full before refusal.
 */
@IntegrationTest
class ApiEdgeIT {

    private static final long MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;

    @BeforeEach
    void users() throws Exception {
        TestUsers.ensure(users);
        if (adminToken == null) {
            adminToken = Sol005Client.token(port, TestUsers.ADMIN, "ADMIN");
        }
    }

    record Case(
            String name, String method, String path, String authorization, String cookie, int status, String code) {}

    @Test
    void everyFailureUnderTheApiIsCodedProblemJson() throws Exception {
        String viewer = Sol005Client.token(port, TestUsers.VIEWER, "VIEWER");
        String operator = Sol005Client.token(port, TestUsers.OPERATOR, "OPERATOR");
        String wrongPassword = "Basic "
                + Base64.getEncoder().encodeToString((TestUsers.OPERATOR + ":wrong").getBytes(StandardCharsets.UTF_8));
        String basicViewer = "Basic "
                + Base64.getEncoder()
                        .encodeToString((TestUsers.VIEWER + ":" + TestUsers.passwordOf(TestUsers.VIEWER))
                                .getBytes(StandardCharsets.UTF_8));
        String ghost = UUID.randomUUID().toString();
        List<Case> cases = List.of(
                new Case("no auth, GET", "GET", "/api/v1/chains", null, null, 401, "AUTH-REQUIRED"),
                new Case("no auth, POST", "POST", "/api/v1/chains", null, null, 401, "AUTH-REQUIRED"),
                new Case("bad token", "POST", "/api/v1/chains", "Bearer chl_nope", null, 401, "TOKEN-INVALID"),
                new Case("Basic, wrong password", "POST", "/api/v1/chains", wrongPassword, null, 401, "AUTH-REQUIRED"),
                new Case("Basic viewer, POST", "POST", "/api/v1/chains", basicViewer, null, 403, "AUTH-FORBIDDEN"),
                new Case(
                        "token viewer, POST",
                        "POST",
                        "/api/v1/chains",
                        "Bearer " + viewer,
                        null,
                        403,
                        "AUTH-FORBIDDEN"),
                new Case(
                        "session cookie, no CSRF",
                        "POST",
                        "/api/v1/chains",
                        null,
                        "JSESSIONID=" + ghost,
                        401,
                        "AUTH-REQUIRED"),
                new Case(
                        "unknown path, GET", "GET", "/api/v1/nothing-here", "Bearer " + viewer, null, 404, "NOT-FOUND"),
                new Case(
                        "unknown path, POST",
                        "POST",
                        "/api/v1/nothing/here",
                        "Bearer " + operator,
                        null,
                        404,
                        "NOT-FOUND"),
                new Case(
                        "unknown deployment, drift",
                        "POST",
                        "/api/v1/deployments/" + ghost + "/drift",
                        "Bearer " + operator,
                        null,
                        404,
                        "DEPLOYMENT-NOT-FOUND"),
                new Case(
                        "unknown deployment, live",
                        "POST",
                        "/api/v1/deployments/" + ghost + "/live",
                        "Bearer " + operator,
                        null,
                        404,
                        "DEPLOYMENT-NOT-FOUND"),
                new Case(
                        "not an id in the path",
                        "GET",
                        "/api/v1/chains/not-a-uuid",
                        "Bearer " + viewer,
                        null,
                        404,
                        "NOT-FOUND"),
                new Case(
                        "method not served",
                        "DELETE",
                        "/api/v1/chains",
                        "Bearer " + operator,
                        null,
                        405,
                        "METHOD-NOT-ALLOWED"));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> answer = call(c);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            JsonCode code = JsonCode.of(answer.body());
            if (answer.statusCode() != c.status()
                    || !type.startsWith("application/problem+json")
                    || !c.code().equals(code.code())
                    || answer.body().contains("java.")) {
                wrong.add(c.name() + ": " + answer.statusCode() + " " + type + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void malformedValuesAreNamedInTheApisTermsNotJavas() throws Exception {
        HttpResponse<String> path = Sol005Client.bearer(port, adminToken).get("/api/v1/chains/not-a-uuid");
        assertThat(path.statusCode())
                .as("an id that cannot be one names nothing: 404")
                .isEqualTo(404);
        assertThat(path.body()).contains("Nothing has the id 'not-a-uuid': it is not a valid id.");

        HttpResponse<String> body = Sol005Client.bearer(port, adminToken)
                .json("POST", "/api/v1/deployments", "{\"name\":\"x\",\"chainId\":\"not-a-uuid\"}");
        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(JsonCode.of(body.body()).code()).isEqualTo("REQUEST-UNREADABLE");
        assertThat(body.body())
                .contains("'not-a-uuid' is not a valid id for 'chainId'")
                .doesNotContain("java.")
                .doesNotContain("`");

        HttpResponse<String> syntax =
                Sol005Client.bearer(port, adminToken).json("POST", "/api/v1/deployments", "{\"name\":");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body())
                .contains("not valid JSON")
                .doesNotContain("java.")
                .doesNotContain("`");

        for (String descriptors : List.of("/api/v1/chains", "/api/v1/catalog/vnfs")) {
            for (String garbled : List.of("{", "{}", "[1]")) {
                HttpResponse<String> unreadable =
                        Sol005Client.bearer(port, adminToken).json("POST", descriptors, garbled);
                assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(422);
                assertThat(unreadable.body())
                        .as(descriptors + " " + garbled)
                        .contains("DESCRIPTOR-UNREADABLE")
                        .doesNotContain("Exception")
                        .doesNotContain("java.");
            }
        }
    }

    @Test
    void aTooLargeBodyIsRefusedIn413ProblemJsonInEveryEndpointFamily() throws Exception {
        byte[] tooLarge = new byte[(int) (2 * MIB) + 1];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        List<String> families = List.of(
                "POST /api/v1/catalog/vnfs",
                "POST /api/v1/chains",
                "POST /api/v1/fleet/targets",
                "POST /api/v1/deployments",
                "POST /api/v1/schedules",
                "POST /api/v1/windows",
                "POST /api/v1/tokens",
                "POST /api/v1/users",
                "POST /api/vnfpkgm/v2/vnf_packages",
                "POST /api/nsd/v2/ns_descriptors",
                "POST /api/nslcm/v2/ns_instances");
        List<String> wrong = new ArrayList<>();
        for (String family : families) {
            String[] call = family.split(" ");
            HttpResponse<String> answer =
                    Sol005Client.bearer(port, adminToken).send(call[0], call[1], "application/json", tooLarge);
            if (answer.statusCode() != 413
                    || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    || !"REQUEST-TOO-LARGE".equals(JsonCode.of(answer.body()).code())) {
                wrong.add(family + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void packageUploadsKeepTheirOwnLargerLimit() throws Exception {
        String upload = "/api/vnfpkgm/v2/vnf_packages/" + UUID.randomUUID() + "/package_content";
        byte[] threeMib = new byte[(int) (3 * MIB)];
        HttpResponse<String> underLimit =
                Sol005Client.bearer(port, adminToken).send("PUT", upload, "application/zip", threeMib);
        assertThat(underLimit.statusCode()).as(underLimit.body()).isNotEqualTo(413);

        RawHttp.Answer overLimit =
                RawHttp.send(port, "PUT", upload, "Bearer " + adminToken, "application/zip", 65 * MIB + 1, 0);
        assertThat(overLimit.status()).as(overLimit.headers()).isEqualTo(413);
        assertThat(overLimit.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(overLimit.body()).contains("\"code\":\"REQUEST-TOO-LARGE\"");
    }

    @Test
    void aDeclared300MegabyteBodyIsRefusedBeforeAByteOfItIsRead() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send(port, "POST", "/api/v1/chains", "Bearer " + adminToken, "application/json", 300 * MIB, 0);
        assertThat(answer.status()).as(answer.headers()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"REQUEST-TOO-LARGE\"");
    }

    @Test
    void aStreamed300MegabyteBodyIsCutOffEarlyWithoutGrowingTheHeap() throws Exception {
        long before = usedHeapAfterGc();
        RawHttp.Answer answer =
                RawHttp.send(port, "POST", "/api/v1/chains", "Bearer " + adminToken, "application/json", -1, 300 * MIB);
        long after = usedHeapAfterGc();

        assertThat(answer.sent())
                .as("the server stopped reading long before the end of the body")
                .isLessThan(64 * MIB);
        assertThat(answer.status()).as(answer.headers()).isEqualTo(413);
        assertThat(answer.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"REQUEST-TOO-LARGE\"");
        assertThat(after - before).as("heap growth in bytes").isLessThan(64 * MIB);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private HttpResponse<String> call(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .header("Content-Type", "application/json")
                .method(
                        c.method(),
                        c.method().equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (c.authorization() != null) {
            request.header("Authorization", c.authorization());
        }
        if (c.cookie() != null) {
            request.header("Cookie", c.cookie());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    record JsonCode(String code) {
        static JsonCode of(String body) {
            try {
                return new JsonCode(Sol005Client.parse(body).path("code").asString());
            } catch (RuntimeException notJson) {
                return new JsonCode("(not json)");
            }
        }
    }
}
