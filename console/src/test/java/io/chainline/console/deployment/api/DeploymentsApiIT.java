package io.chainline.console.deployment.api;

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
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The deployment API's refusals: coded problem details, never a stack trace, and nothing created. */
@IntegrationTest
class DeploymentsApiIT {

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

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        TestUsers.ensure(users);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":" + TestUsers.passwordOf(user))
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return json.readTree(response.body());
    }

    @Test
    void badRequestsAreRefusedWithCodesAndNothingIsCreated() throws Exception {
        ChainSummary chain = Deployables.publish(catalog, chains, "127.0.0.1:5000/nfv/echo:1.0", Deployables.vcpe());
        int before = json.readTree(call("GET", "/api/v1/deployments", TestUsers.VIEWER, null)
                        .body())
                .size();

        HttpResponse<String> badName = call(
                "POST",
                "/api/v1/deployments/plan",
                TestUsers.OPERATOR,
                "{\"name\":\"Not A DNS Label\",\"chainId\":\"" + chain.id() + "\"}");
        assertThat(badName.statusCode()).isEqualTo(422);
        assertThat(problem(badName).path("code").asString()).isEqualTo("DEPLOYMENT-NAME-INVALID");

        HttpResponse<String> garbled =
                call("POST", "/api/v1/deployments", TestUsers.OPERATOR, "{\"name\":\"x\",\"chainId\":\"not-a-uuid\"}");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(problem(garbled).path("code").asString()).isEqualTo("REQUEST-UNREADABLE");

        HttpResponse<String> noChain = call(
                "POST",
                "/api/v1/deployments",
                TestUsers.OPERATOR,
                "{\"name\":\"ghost\",\"chainId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(noChain.statusCode()).isEqualTo(404);

        ChainSummary draft = chains.newVersion(chain.id(), "2.0", "alice");
        HttpResponse<String> unpublished = call(
                "POST",
                "/api/v1/deployments/plan",
                TestUsers.OPERATOR,
                "{\"name\":\"draft-one\",\"chainId\":\"" + draft.id() + "\"}");
        assertThat(unpublished.statusCode()).isEqualTo(409);
        assertThat(problem(unpublished).path("code").asString()).isEqualTo("DEPLOYMENT-CHAIN-NOT-PUBLISHED");

        HttpResponse<String> viewer = call(
                "POST",
                "/api/v1/deployments",
                TestUsers.VIEWER,
                "{\"name\":\"nope\",\"chainId\":\"" + chain.id() + "\"}");
        assertThat(viewer.statusCode()).isEqualTo(403);

        HttpResponse<String> nowhere = call(
                "POST",
                "/api/v1/deployments",
                TestUsers.OPERATOR,
                "{\"name\":\"nowhere\",\"chainId\":\"" + chain.id() + "\",\"settings\":{\"targets\":[\"no-such\"]}}");
        assertThat(nowhere.statusCode()).isEqualTo(409);
        assertThat(problem(nowhere).path("code").asString()).isEqualTo("DEPLOYMENT-NOT-PLACEABLE");
        assertThat(problem(nowhere).path("detail").asString()).contains("no target fits");

        HttpResponse<String> job = call("GET", "/api/v1/jobs/" + UUID.randomUUID(), TestUsers.VIEWER, null);
        assertThat(job.statusCode()).isEqualTo(404);
        assertThat(problem(job).path("code").asString()).isEqualTo("JOB-NOT-FOUND");

        assertThat(json.readTree(call("GET", "/api/v1/deployments", TestUsers.VIEWER, null)
                                .body())
                        .size())
                .isEqualTo(before);
    }
}
