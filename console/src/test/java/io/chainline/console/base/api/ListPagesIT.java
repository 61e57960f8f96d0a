package io.chainline.console.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.ListSeeds;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The /api/v1 lists page through {@code ?limit=} and the {@code Link: <…>; rel="next"} header (issue 24): the body
 * stays the array it was, following the links reads every row once, and a bad marker or limit is a coded 400.
 */
@IntegrationTest
class ListPagesIT {

    static final String PREFIX = "pages-";
    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeploymentJson deploymentJson;

    @AfterEach
    void unseed() {
        new ListSeeds(jdbc, deploymentJson).remove(PREFIX);
    }

    private HttpResponse<String> get(String uri) throws Exception {
        TestUsers.ensure(users);
        String basic = TestUsers.VIEWER + ":" + TestUsers.passwordOf(TestUsers.VIEWER);
        return http.send(
                HttpRequest.newBuilder(URI.create(uri.startsWith("http") ? uri : "http://localhost:" + port + uri))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void followingTheLinksReadsEveryTargetOnce() throws Exception {
        new ListSeeds(jdbc, deploymentJson).targets(PREFIX, 5);
        int all = json.readTree(get("/api/v1/fleet/targets").body()).size();
        List<String> names = new ArrayList<>();
        String next = "/api/v1/fleet/targets?limit=2";
        while (next != null) {
            HttpResponse<String> page = get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode rows = json.readTree(page.body());
            assertThat(rows.isArray()).isTrue();
            assertThat(rows.size()).isLessThanOrEqualTo(2);
            rows.forEach(r -> names.add(r.get("name").asString()));
            next = page.headers()
                    .firstValue("Link")
                    .map(NEXT::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .orElse(null);
            if (next != null) {
                assertThat(next).contains("limit=2").contains("after=");
            }
        }
        assertThat(names).hasSize(all).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aBadMarkerOrLimitIsACodedBadRequest() throws Exception {
        for (String path : List.of(
                "/api/v1/deployments?after=bm90LWEtbWFya2Vy",
                "/api/v1/schedules?limit=1&after=!!!",
                "/api/v1/schedules/runs?limit=0",
                "/api/v1/fleet/targets?limit=501")) {
            HttpResponse<String> refused = get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("code").asString())
                    .as(path)
                    .isIn("CURSOR-INVALID", "LIMIT-INVALID", "REQUEST-INVALID");
        }
    }
}
