package io.chainline.console.fleet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.MockKubernetes;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Secrets go in and never come out: registered through the API for each kind of target, then tested, synced,
 * changed and refused, and every response, the logs, the audit trail and the database are searched for them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FleetSecretsIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final MockKubernetes cluster = new MockKubernetes();
    private final String marker = "SECRET" + UUID.randomUUID().toString().replace("-", "");
    private final List<String> responses = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void stop() {
        cluster.close();
    }

    private HttpResponse<String> call(String method, String path, String user, Object body, String ifMatch)
            throws Exception {
        TestUsers.ensure(users);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
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
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        responses.add(response.headers().map() + " " + response.body());
        return response;
    }

    private Object kubernetes(String name, String kubeconfig, String context) {
        return java.util.Map.of(
                "name",
                name,
                "kind",
                "KUBERNETES",
                "site",
                "paris-1",
                "kubernetes",
                context == null
                        ? java.util.Map.of("kubeconfig", kubeconfig)
                        : java.util.Map.of("kubeconfig", kubeconfig, "context", context));
    }

    @Test
    void noSecretAppearsInResponsesLogsAuditOrTheDatabase(CapturedOutput output) throws Exception {
        String admin = TestUsers.ADMIN;
        String name = "edge-" + marker.substring(6, 12);
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/fleet/targets",
                admin,
                kubernetes(name, cluster.kubeconfig("tok-" + marker), null),
                null);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        assertThat(call("POST", location + "/test", admin, null, null).body()).contains("\"ok\":true");
        assertThat(call("POST", location + "/sync", admin, null, null).body()).contains("\"arm64\":1");
        call("GET", location, TestUsers.VIEWER, null, null);
        call("GET", location + "/nodes", TestUsers.VIEWER, null, null);
        call("GET", "/api/v1/fleet/targets", TestUsers.VIEWER, null, null);
        HttpResponse<String> badContext =
                call("PUT", location, admin, kubernetes(name, cluster.kubeconfig("tok-" + marker), "prod"), etag);
        assertThat(badContext.statusCode()).isEqualTo(422);
        HttpResponse<String> unreadable = call(
                "POST", "/api/v1/fleet/connection-tests", admin, kubernetes(name, "token: pw-" + marker, null), null);
        assertThat(unreadable.body()).contains("FLEET-KUBECONFIG");
        call(
                "POST",
                "/api/v1/fleet/targets",
                admin,
                java.util.Map.of(
                        "name",
                        "os-" + marker.substring(6, 12),
                        "kind",
                        "OPENSTACK",
                        "openstack",
                        java.util.Map.of(
                                "authUrl", "https://keystone.example:5000/v3",
                                "userName", "nfv",
                                "password", "pw-" + marker,
                                "projectName", "vnfs")),
                null);
        HttpResponse<String> badKey = call(
                "POST",
                "/api/v1/fleet/targets",
                admin,
                java.util.Map.of(
                        "name",
                        "dock-" + marker.substring(6, 12),
                        "kind",
                        "DOCKER",
                        "docker",
                        java.util.Map.of(
                                "endpoint", "tcp://docker.example:2376",
                                "clientCertificate", "-----BEGIN CERTIFICATE-----",
                                "clientKey", "key-" + marker)),
                null);
        // unusable TLS material is refused at registration, naming the field, never quoting it
        assertThat(badKey.statusCode()).isEqualTo(422);
        assertThat(badKey.body()).contains("FLEET-ACCESS-MATERIAL").contains("certificate");
        call(
                "POST",
                "/api/v1/fleet/targets",
                admin,
                java.util.Map.of(
                        "name",
                        "dock-" + marker.substring(6, 12),
                        "kind",
                        "DOCKER",
                        "docker",
                        java.util.Map.of("endpoint", "ssh://nfv@docker.example")),
                null);
        HttpResponse<String> viewerRegisters =
                call("POST", "/api/v1/fleet/targets", TestUsers.OPERATOR, kubernetes("x", "y", null), null);
        assertThat(viewerRegisters.statusCode()).isEqualTo(403);

        assertThat(responses)
                .hasSizeGreaterThan(8)
                .allSatisfy(r -> assertThat(r).doesNotContain(marker));
        assertThat(output.getAll()).doesNotContain(marker);
        assertThat(jdbc.queryForList("select detail from audit_event", String.class))
                .allSatisfy(d -> assertThat(d).doesNotContain(marker));
        assertThat(jdbc.queryForList("select access_sealed from fleet_target", String.class))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(s).startsWith("v2:").doesNotContain(marker));
        assertThat(jdbc.queryForList("select endpoint from fleet_target", String.class))
                .allSatisfy(e -> assertThat(e).doesNotContain(marker));
    }
}
