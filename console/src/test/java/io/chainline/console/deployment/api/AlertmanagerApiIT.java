package io.chainline.console.deployment.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.alarm.domain.Alarm;
import io.chainline.console.alarm.service.AlarmFilter;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentJson;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alertmanager's webhook through HTTP: bearer tokens, firing and resolved alerts, grouped posts, bad payloads. */
@IntegrationTest
class AlertmanagerApiIT {

    private static final String PATH = "/api/v1/alerts/alertmanager";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AlarmQueries alarms;

    @Autowired
    DeploymentRepository deployments;

    @Autowired
    DeploymentJson deploymentJson;

    private String operator;
    private String viewer;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tokens() throws Exception {
        TestUsers.ensure(users);
        operator = token(TestUsers.OPERATOR, "OPERATOR");
        viewer = token(TestUsers.VIEWER, "VIEWER");
    }

    @Test
    void aFiringAlertIsAnAlarmOnTheDeploymentAndNfItNames_AndResolvedClearsIt() throws Exception {
        Deployment core = deployment();
        String fingerprint = "fp-" + tag;
        String firing = payload(alert("firing", fingerprint, """
                {"alertname":"HighLatency","chainline_deployment":"%s","chainline_nf":"firewall","severity":"major"}""".formatted(core.getName())));

        HttpResponse<String> raised = post(operator, firing);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThat(json.readTree(raised.body()).path("firing").asInt()).isEqualTo(1);
        assertThat(alarms.activeOn(core.getId())).singleElement().satisfies(a -> {
            assertThat(a.getSeverity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(a.getProbableCause()).isEqualTo("HighLatency");
            assertThat(a.getResource().nf()).isEqualTo("firewall");
            assertThat(a.getFaultDetails()).isEqualTo("p99 latency above 200 ms");
            assertThat(a.getScope().external()).isTrue();
        });

        assertThat(post(operator, firing).statusCode()).isEqualTo(200);
        assertThat(alarms.activeOn(core.getId()))
                .as("a repeat updates the one alarm")
                .hasSize(1);

        HttpResponse<String> resolved =
                post(operator, payload(alert("resolved", fingerprint, """
                {"alertname":"HighLatency","chainline_deployment":"%s"}""".formatted(core.getName()))));
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(resolved.body()).path("resolved").asInt()).isEqualTo(1);
        assertThat(alarms.activeOn(core.getId())).isEmpty();
    }

    @Test
    void aGroupedPostReportsEachAlert_AndAnUnknownDeploymentIsAnExternalObject() throws Exception {
        Deployment core = deployment();
        post(
                operator,
                payload(alert("firing", "g1-" + tag, "{\"alertname\":\"A\",\"deployment\":\"" + core.getId() + "\"}")));

        HttpResponse<String> grouped = post(
                operator,
                payload(
                        alert("resolved", "g1-" + tag, "{\"alertname\":\"A\"}"),
                        alert("firing", "g2-" + tag, "{\"alertname\":\"B\",\"deployment\":\"" + core.getName() + "\"}"),
                        alert(
                                "firing",
                                "g3-" + tag,
                                "{\"alertname\":\"DiskFull\",\"deployment\":\"nowhere-" + tag
                                        + "\",\"severity\":\"critical\"}")));

        assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(200);
        JsonNode summary = json.readTree(grouped.body());
        assertThat(summary.path("alerts").asInt()).isEqualTo(3);
        assertThat(summary.path("firing").asInt()).isEqualTo(2);
        assertThat(summary.path("resolved").asInt()).isEqualTo(1);
        assertThat(alarms.activeOn(core.getId()))
                .extracting(Alarm::getProbableCause)
                .containsExactly("B");
        List<Alarm> external = alarms.list(AlarmFilter.activeOnly(), 1000).stream()
                .filter(a -> a.getScope().id().equals("g3-" + tag))
                .toList();
        assertThat(external).singleElement().satisfies(a -> {
            assertThat(a.getManagedObject().kind()).isEqualTo(Fault.ManagedObject.Kind.EXTERNAL);
            assertThat(a.getManagedObject().name()).isEqualTo("nowhere-" + tag);
            assertThat(a.getSeverity()).isEqualTo(Fault.Severity.CRITICAL);
        });
    }

    @Test
    void noTokenOrAnInvalidOneIs401_AViewersIs403() throws Exception {
        String body = payload(alert("firing", "auth-" + tag, "{\"alertname\":\"A\"}"));
        assertThat(post(null, body).statusCode()).isEqualTo(401);
        assertThat(post("Bearer not-a-token", body).statusCode()).isEqualTo(401);
        assertThat(post(viewer, body).statusCode()).isEqualTo(403);
    }

    @Test
    void badPayloadsAre400WithTheirCodeAndPath() throws Exception {
        assertInvalid("not json", "The body is not JSON");
        assertInvalid("{\"version\":\"4\",\"status\":\"firing\"}", "$.alerts is missing");
        assertInvalid(payload("{\"status\":\"pending\",\"fingerprint\":\"x\"}"), "$.alerts[0].status");
        assertInvalid(payload("{\"status\":\"firing\",\"labels\":{\"alertname\":\"A\"}}"), "$.alerts[0].fingerprint");
    }

    private void assertInvalid(String body, String detail) throws Exception {
        HttpResponse<String> response = post(operator, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("ALERTMANAGER-INVALID");
        assertThat(problem.path("detail").asString()).contains(detail);
    }

    private static String alert(String status, String fingerprint, String labels) {
        return """
                {"status":"%s","labels":%s,"annotations":{"summary":"p99 latency above 200 ms"},
                 "startsAt":"2026-12-05T00:00:00Z","endsAt":"0001-01-01T00:00:00Z",
                 "generatorURL":"http://prometheus:9090/graph","fingerprint":"%s"}""".formatted(status, labels, fingerprint);
    }

    private static String payload(String... alerts) {
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"A\\"}","truncatedAlerts":0,"status":"firing",
                 "receiver":"chainline","groupLabels":{},"commonLabels":{},"commonAnnotations":{},
                 "externalURL":"http://alertmanager:9093","alerts":[%s]}""".formatted(String.join(",", alerts));
    }

    private Deployment deployment() {
        Deployment d = new Deployment(
                UUID.randomUUID(),
                "am-" + tag + "-" + UUID.randomUUID().toString().substring(0, 4),
                TestUsers.OPERATOR,
                Instant.now());
        UUID chain = UUID.randomUUID();
        d.describe(
                chain,
                "am-chain",
                "1.0",
                deploymentJson.write(DeploymentSettings.defaults()),
                deploymentJson.write(new DesiredState(chain, "1.0", List.of(), List.of())));
        d.moveTo(DeploymentState.NOT_INSTANTIATED, TestUsers.OPERATOR, Instant.now());
        return deployments.save(d);
    }

    private String token(String user, String role) throws Exception {
        HttpResponse<String> created =
                send("/api/v1/tokens", basic(user), """
                {"name":"am-%s-%s","role":"%s","days":1}""".formatted(tag, role.toLowerCase(), role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "Bearer " + json.readTree(created.body()).path("secret").asString();
    }

    private HttpResponse<String> post(String authorization, String body) throws Exception {
        return send(PATH, authorization, body);
    }

    private HttpResponse<String> send(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        Optional.ofNullable(authorization).ifPresent(a -> request.header("Authorization", a));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
    }
}
