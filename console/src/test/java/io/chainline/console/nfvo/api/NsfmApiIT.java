package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.nfvo.domain.NsInstance;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import io.chainline.console.support.WebhookReceiver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** SOL005 nsfm: alarms listed with SOL013 filters, acknowledged under If-Match, and notified to subscribers. */
@IntegrationTest
class NsfmApiIT {

    private static final String ALARMS = "/api/nsfm/v1/alarms";
    private static final String SUBSCRIPTIONS = "/api/nsfm/v1/subscriptions";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    FaultReports reports;

    @Autowired
    NsInstanceRepository instances;

    @Autowired
    NsdInfoRepository nsds;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    private static Fault fault(UUID deployment, String workload, Severity severity, String cause) {
        return new Fault(
                "workload-missing:" + workload,
                Fault.ManagedObject.deployment(deployment, "nsfm-it"),
                Fault.Resource.workload(workload, "firewall", null),
                severity,
                Fault.EventType.PROCESSING_ERROR_ALARM,
                cause,
                workload + " is gone");
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        return problem;
    }

    private HttpResponse<String> patch(String id, String ifMatch, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + ALARMS + "/" + id))
                .header("Authorization", basic(TestUsers.OPERATOR))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response =
                java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        io.chainline.console.support.Sol005Schemas.check("PATCH", ALARMS + "/" + id, response, response.body());
        return response;
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + TestUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void alarmsAreListedWithSol013FiltersAndPagedActiveAndCleared() throws Exception {
        UUID deployment = UUID.randomUUID();
        String cause = "Cause-" + deployment.toString().substring(0, 8);
        FaultScope scope = FaultScope.of("live", deployment);
        reports.report(
                scope,
                List.of(
                        fault(deployment, "a", Severity.CRITICAL, cause),
                        fault(deployment, "b", Severity.MAJOR, cause),
                        fault(deployment, "c", Severity.MAJOR, cause),
                        fault(deployment, "d", Severity.MINOR, cause)));
        String mine = ALARMS + "?filter=(eq,managedObjectId," + deployment + ")";
        HttpResponse<String> first = api.get(mine);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(first)).hasSize(3);
        String link = first.headers().firstValue("Link").orElseThrow();
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertThat(api.read(next.substring(next.indexOf("/api/")))).hasSize(1);

        JsonNode major = api.read(mine + ";(eq,perceivedSeverity,MAJOR)");
        assertThat(major.findValuesAsString("resourceId")).containsExactlyInAnyOrder("b", "c");
        JsonNode one = major.get(0);
        assertThat(one.path("rootCauseFaultyResource")
                        .path("faultyResourceType")
                        .asString())
                .isEqualTo("COMPUTE");
        assertThat(one.path("eventType").asString()).isEqualTo("PROCESSING_ERROR_ALARM");
        assertThat(one.path("isRootCause").asBoolean(true)).isFalse();
        assertThat(one.path("faultDetails").get(0).asString()).endsWith("is gone");
        assertThat(one.path("_links").path("self").path("href").asString())
                .isEqualTo(api.base() + ALARMS + "/" + one.path("id").asString());
        assertThat(one.path("_links").path("objectInstance").path("href").asString())
                .isEqualTo(api.base() + "/api/v1/deployments/" + deployment);
        String id = one.path("id").asString();
        assertThat(api.read(ALARMS + "?filter=(eq,id," + id + ")")).hasSize(1);
        assertThat(api.read(
                                ALARMS + "?filter=(eq,probableCause,'" + cause + "');(eq,ackState,UNACKNOWLEDGED);"
                                        + "(eq,eventType,PROCESSING_ERROR_ALARM);(eq,isRootCause,false);(neq,perceivedSeverity,MINOR)")
                        .findValuesAsString("resourceId"))
                .containsExactlyInAnyOrder("a", "b", "c");

        reports.report(scope, List.of(fault(deployment, "a", Severity.CRITICAL, cause)));
        JsonNode cleared = api.read(mine + ";(eq,perceivedSeverity,CLEARED)");
        assertThat(cleared).hasSize(3);
        assertThat(cleared.get(0).path("alarmClearedTime").asString()).isNotBlank();
        problem(api.get(ALARMS + "?filter=(like,perceivedSeverity,MAJOR)"), 400, "FILTER-INVALID");
    }

    @Test
    void anAlarmOnAnInstantiatedNsInstanceIsShownOnIt() throws Exception {
        UUID deployment = UUID.randomUUID();
        NsdInfo nsd = nsds.save(new NsdInfo(UUID.randomUUID(), "{}", "it", Instant.now()));
        NsInstance ns = new NsInstance(
                UUID.randomUUID(),
                "nsfm-" + deployment.toString().substring(0, 8),
                "nsfm " + deployment,
                "",
                nsd.getId(),
                "it",
                Instant.now());
        ns.instantiatedAs(deployment);
        instances.save(ns);
        reports.report(
                FaultScope.of("live", deployment),
                List.of(fault(deployment, "fw", Severity.MAJOR, "Workload missing")));
        JsonNode alarm = api.read(ALARMS + "?filter=(eq,managedObjectId," + ns.getId() + ")")
                .get(0);
        assertThat(alarm.path("_links").path("objectInstance").path("href").asString())
                .isEqualTo(api.base() + "/api/nslcm/v2/ns_instances/" + ns.getId());
    }

    @Test
    void aPatchAcknowledgesUnderIfMatchAndRefusesStaleOrRepeatedOnes() throws Exception {
        UUID deployment = UUID.randomUUID();
        reports.report(FaultScope.of("live", deployment), List.of(fault(deployment, "fw", Severity.MAJOR, "Gone")));
        String id = api.read(ALARMS + "?filter=(eq,managedObjectId," + deployment + ")")
                .get(0)
                .path("id")
                .asString();
        HttpResponse<String> read = api.get(ALARMS + "/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        problem(patch(id, "\"999\"", "{\"ackState\":\"ACKNOWLEDGED\"}"), 412, "ALARM-CHANGED");
        problem(patch(id, etag, "{\"ackState\":\"ASLEEP\"}"), 422, "ALARM-ACK-STATE-INVALID");
        HttpResponse<String> acked = patch(id, etag, "{\"ackState\":\"ACKNOWLEDGED\"}");
        assertThat(acked.statusCode()).as(acked.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(acked).path("ackState").asString()).isEqualTo("ACKNOWLEDGED");
        String newTag = acked.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag);
        problem(patch(id, newTag, "{\"ackState\":\"ACKNOWLEDGED\"}"), 409, "ALARM-ALREADY-ACKNOWLEDGED");
        problem(patch(id, etag, "{\"ackState\":\"UNACKNOWLEDGED\"}"), 412, "ALARM-CHANGED");

        HttpResponse<String> again = api.get(ALARMS + "/" + id);
        assertThat(again.headers().firstValue("ETag")).contains(newTag);
        JsonNode alarm = Sol005Client.tree(again);
        assertThat(alarm.path("ackState").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(alarm.path("alarmAcknowledgedTime").asString()).isNotBlank();
        assertThat(patch(id, newTag, "{\"ackState\":\"UNACKNOWLEDGED\"}").statusCode())
                .isEqualTo(200);

        problem(api.get(ALARMS + "/" + UUID.randomUUID()), 404, "ALARM-NOT-FOUND");
        problem(api.get(ALARMS + "/not-a-uuid"), 404, "ALARM-NOT-FOUND");
        String viewer = Sol005Client.token(port, TestUsers.VIEWER, "VIEWER");
        assertThat(Sol005Client.bearer(port, viewer)
                        .send(
                                "PATCH",
                                ALARMS + "/" + id,
                                "application/merge-patch+json",
                                "{\"ackState\":\"ACKNOWLEDGED\"}".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Sol005Client.bearer(port, viewer).get(ALARMS + "/" + id).statusCode())
                .isEqualTo(200);
    }

    private String subscribe(WebhookReceiver receiver, String filter) throws Exception {
        HttpResponse<String> created = api.json(
                "POST", SUBSCRIPTIONS, "{\"callbackUri\":\"" + receiver.url() + "\",\"filter\":" + filter + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(api.base() + SUBSCRIPTIONS + "/");
        assertThat(Sol005Client.tree(created)
                        .path("_links")
                        .path("self")
                        .path("href")
                        .asString())
                .isEqualTo(location);
        return location;
    }

    private static List<JsonNode> notifications(WebhookReceiver receiver) {
        return receiver.posts().stream().map(p -> Sol005Client.parse(p.body())).toList();
    }

    @Test
    void subscribersAreToldOfRaisedAndClearedAlarmsTheirFilterSelects() throws Exception {
        UUID deployment = UUID.randomUUID();
        FaultScope scope = FaultScope.of("live", deployment);
        String mine = "{\"nsInstanceSubscriptionFilter\":{\"nsInstanceIds\":[\"" + deployment + "\"]}";
        try (WebhookReceiver all = new WebhookReceiver();
                WebhookReceiver critical = new WebhookReceiver()) {
            String subscription = subscribe(all, mine + "}");
            subscribe(critical, mine + ",\"perceivedSeverities\":[\"CRITICAL\"]}");
            assertThat(api.read(SUBSCRIPTIONS).findValuesAsString("callbackUri"))
                    .contains(all.url());
            assertThat(api.read(subscription).path("callbackUri").asString()).isEqualTo(all.url());

            reports.report(scope, List.of(fault(deployment, "fw", Severity.MAJOR, "Workload missing")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> notifications(all).size() == 1);
            JsonNode raised = notifications(all).getFirst();
            assertThat(raised.path("notificationType").asString()).isEqualTo("AlarmNotification");
            assertThat(raised.path("alarm").path("managedObjectId").asString()).isEqualTo(deployment.toString());
            assertThat(raised.path("alarm").path("perceivedSeverity").asString())
                    .isEqualTo("MAJOR");
            assertThat(raised.path("_links").path("subscription").path("href").asString())
                    .isEqualTo(subscription);
            String alarmId = raised.path("alarm").path("id").asString();

            reports.report(scope, List.of());
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> notifications(all).size() == 2);
            JsonNode cleared = notifications(all).get(1);
            assertThat(cleared.path("notificationType").asString()).isEqualTo("AlarmClearedNotification");
            assertThat(cleared.path("alarmId").asString()).isEqualTo(alarmId);
            assertThat(cleared.path("alarmClearedTime").asString()).isNotBlank();
            assertThat(cleared.path("_links").path("alarm").path("href").asString())
                    .isEqualTo(api.base() + ALARMS + "/" + alarmId);

            reports.report(scope, List.of(fault(deployment, "db", Severity.CRITICAL, "Workload missing")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> notifications(critical).size() == 1);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> notifications(all).size() == 3);
            assertThat(notifications(critical)).hasSize(1);
            assertThat(notifications(critical)
                            .getFirst()
                            .path("alarm")
                            .path("perceivedSeverity")
                            .asString())
                    .isEqualTo("CRITICAL");

            assertThat(api.send("DELETE", subscription, null, null).statusCode())
                    .isEqualTo(204);
        }
    }
}
