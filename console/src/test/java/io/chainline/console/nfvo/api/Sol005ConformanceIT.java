package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a SOL005 conformance suite (ETSI NFV-TST 010 style) sends, byte for byte, and what SOL005 and SOL013 say the
 * answer is: the defects a third-party suite found, each pinned by the request that found it.
 */
@IntegrationTest
class Sol005ConformanceIT {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    NsdInfoRepository nsds;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "<html");
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /** SOL013 §6.4: a resource that does not exist is 404 with problem details, never the console's HTML page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/v2/vnf_package",
                "/api/nsd/v2/subscription",
                "/api/nslcm/v2/nothing/here",
                "/api/v1/no-such-resource"
            })
    void anUnknownPathUnderTheApiIsA404ProblemNotThePage(String path) throws Exception {
        JsonNode problem = problem(api.get(path), 404);
        assertThat(problem.path("code").asString()).isEqualTo("NOT-FOUND");
        assertThat(problem.path("instance").asString()).isEqualTo(path);
    }

    /** An identifier that is not a UUID names no resource: 404, as for one that does not exist, not 400. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/v2/vnf_packages/not-a-uuid",
                "/api/nsd/v2/ns_descriptors/not-a-uuid",
                "/api/nslcm/v2/ns_instances/not-a-uuid",
                "/api/nslcm/v2/ns_lcm_op_occs/not-a-uuid",
                "/api/vnfpkgm/v2/subscriptions/not-a-uuid"
            })
    void anIdentifierThatIsNotAUuidIsNotFound(String path) throws Exception {
        assertThat(problem(api.get(path), 404).path("detail").asString()).contains("not-a-uuid");
    }

    /** SOL005 §6.5.2.10: nsName is a string, any string; the deployment gets a DNS label derived from it. */
    @Test
    void anNsInstanceIsCreatedWithAnyNameTwiceOverAndKeepsItAsSent() throws Exception {
        String nsdId = "nsd-conformance-" + UUID.randomUUID();
        NsdInfo nsd = new NsdInfo(UUID.randomUUID(), "{}", "it", Instant.now());
        nsd.onboarded(new NsdInfo.Nsd(UUID.randomUUID(), nsdId, "conformance", "1.0", "it"), Instant.now());
        nsds.save(nsd);
        String body = "{\"nsdId\":\"" + nsdId + "\",\"nsName\":\"My NS 1\",\"nsDescription\":\"TST 010\"}";

        List<String> created = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = api.json("POST", "/api/nslcm/v2/ns_instances", body);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonNode instance = Sol005Client.tree(answer);
            assertThat(instance.path("nsInstanceName").asString()).isEqualTo("My NS 1");
            assertThat(instance.path("nsState").asString()).isEqualTo("NOT_INSTANTIATED");
            created.add(instance.path("id").asString());
        }
        assertThat(api.read("/api/nslcm/v2/ns_instances/" + created.get(1))
                        .path("nsInstanceName")
                        .asString())
                .isEqualTo("My NS 1");
        for (String id : created) {
            assertThat(api.send("DELETE", "/api/nslcm/v2/ns_instances/" + id, null, null)
                            .statusCode())
                    .isEqualTo(204);
        }
        problem(api.json("POST", "/api/nslcm/v2/ns_instances", body.replace("My NS 1", " ")), 422);
    }

    /** SOL013 §9.3: the versions resource at each API's root and under its major version. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/vnfpkgm/api_versions",
                "/api/vnfpkgm/v2/api_versions",
                "/api/nsd/v2/api_versions",
                "/api/nslcm/api_versions",
                "/api/nsfm/v1/api_versions"
            })
    void eachApiSaysWhichVersionsItServes(String path) throws Exception {
        HttpResponse<String> answer = api.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode info = Sol005Client.tree(answer);
        String prefix = path.substring(0, path.indexOf("/api_versions")).replaceAll("/v[0-9]+$", "");
        assertThat(info.path("uriPrefix").asString()).startsWith(prefix + "/v");
        String version = info.path("apiVersions").get(0).path("version").asString();
        assertThat(version).matches("[12]\\.[0-9]+\\.[0-9]+");
        assertThat(answer.headers().firstValue("Version")).contains(version);
        problem(api.get(prefix + "/v9/api_versions"), 404);
    }

    /** SOL013 §4.9: every answer names its version; a request for another major version is 406, not misread. */
    @Test
    void theVersionHeaderIsAnsweredAndAnotherMajorVersionIsRefused() throws Exception {
        HttpResponse<String> plain = api.get("/api/vnfpkgm/v2/vnf_packages");
        assertThat(plain.headers().firstValue("Version")).contains("2.0.0");

        HttpResponse<String> same =
                api.send("GET", "/api/vnfpkgm/v2/vnf_packages", null, null, java.util.Map.of("Version", "2.6.1"));
        assertThat(same.statusCode()).isEqualTo(200);

        HttpResponse<String> other =
                api.send("GET", "/api/vnfpkgm/v2/vnf_packages", null, null, java.util.Map.of("Version", "1.3.0"));
        assertThat(problem(other, 406).path("code").asString()).isEqualTo("API-VERSION-UNSUPPORTED");
        assertThat(other.headers().firstValue("Version")).contains("2.0.0");
    }

    @Test
    void anUnknownPathAnswersTheSameForAnAnonymousCaller() throws Exception {
        HttpResponse<String> anonymous =
                Sol005Client.bearer(port, "no-such-token").get("/api/vnfpkgm/v2/vnf_package");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("<html");
    }
}
