package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
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

    @Test
    void anUnknownPathAnswersTheSameForAnAnonymousCaller() throws Exception {
        HttpResponse<String> anonymous =
                Sol005Client.bearer(port, "no-such-token").get("/api/vnfpkgm/v2/vnf_package");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("<html");
    }
}
