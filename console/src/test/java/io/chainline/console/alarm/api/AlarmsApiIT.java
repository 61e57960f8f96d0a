package io.chainline.console.alarm.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.security.service.UserService;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.Sol005Client;
import io.chainline.console.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The console's own alarm API: filters, acknowledgement (one and many), clearing, notes, CSV, roles. */
@IntegrationTest
class AlarmsApiIT {

    private static final String ALARMS = "/api/v1/alarms";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    FaultReports reports;

    private Sol005Client api;

    @BeforeEach
    void client() {
        TestUsers.ensure(users);
        api = Sol005Client.basic(port, TestUsers.OPERATOR);
    }

    private static Fault fault(UUID object, String resource, Severity severity, String details) {
        return new Fault(
                "cause:" + resource,
                Fault.ManagedObject.deployment(object, "alarms-it"),
                Fault.Resource.workload(resource, "firewall", null),
                severity,
                Fault.EventType.QOS_ALARM,
                "Probe failing",
                details);
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Sol005Client.tree(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        return problem;
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        api.read(ALARMS + query)
                .path("alarms")
                .forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return api.json("POST", path, body);
    }

    @Test
    void alarmsAreFilteredAcknowledgedOneByOneAndInBulk() throws Exception {
        UUID deployment = UUID.randomUUID();
        FaultScope scope = FaultScope.of("live", deployment);
        reports.report(
                scope,
                List.of(
                        fault(deployment, "a", Severity.CRITICAL, "a down"),
                        fault(deployment, "b", Severity.MAJOR, "b slow"),
                        fault(deployment, "c", Severity.MINOR, "c flapping")));
        String mine = "?deployment=" + deployment;
        assertThat(ids(mine)).hasSize(3);
        assertThat(ids(mine + "&severity=critical,MAJOR")).hasSize(2);
        assertThat(ids(mine + "&q=flapping")).hasSize(1);
        JsonNode page = api.read(ALARMS + mine + "&size=2&page=1");
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("alarms")).hasSize(1);
        problem(api.get(ALARMS + "?severity=LOUD"), 422, "ALARM-FILTER-INVALID");
        problem(api.get(ALARMS + "?state=sleeping"), 422, "ALARM-FILTER-INVALID");

        String a = ids(mine + "&q=down").getFirst();
        HttpResponse<String> read = api.get(ALARMS + "/" + a);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> stale =
                api.send("POST", ALARMS + "/" + a + "/acknowledge", null, null); // no If-Match: no check
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(stale).path("ackState").asString()).isEqualTo("ACKNOWLEDGED");
        problem(post(ALARMS + "/" + a + "/acknowledge", "{}"), 409, "ALARM-ALREADY-ACKNOWLEDGED");
        assertThat(post(ALARMS + "/" + a + "/unacknowledge", null).statusCode()).isEqualTo(200);
        assertThat(etag).isNotBlank();

        String all = String.join("\",\"", ids(mine));
        HttpResponse<String> bulk = post(ALARMS + "/acknowledge", "{\"ids\":[\"" + all + "\"],\"comment\":\"on it\"}");
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(bulk).path("acknowledged").asInt()).isEqualTo(3);
        assertThat(ids(mine + "&ack=unacknowledged")).isEmpty();
        JsonNode detail = api.read(ALARMS + "/" + a);
        assertThat(detail.path("alarm").path("ackComment").asString()).isEqualTo("on it");
        assertThat(detail.path("alarm").path("ackBy").asString()).isEqualTo(TestUsers.OPERATOR);

        reports.report(scope, List.of());
        assertThat(ids(mine)).isEmpty();
        assertThat(ids(mine + "&state=cleared")).hasSize(3);
        assertThat(ids(mine + "&state=all")).hasSize(3);
        problem(api.get(ALARMS + "/" + UUID.randomUUID()), 404, "ALARM-NOT-FOUND");
        problem(api.get(ALARMS + "/nope"), 404, "ALARM-NOT-FOUND");
    }

    @Test
    void onlyExternalAlarmsClearByHandAndNotesAreKept() throws Exception {
        UUID deployment = UUID.randomUUID();
        reports.report(FaultScope.of("live", deployment), List.of(fault(deployment, "fw", Severity.MAJOR, "gone")));
        String fingerprint = "fp" + deployment.toString().substring(0, 8);
        reports.report(
                FaultScope.of("alertmanager", fingerprint),
                List.of(new Fault(
                        "alert:HighLatency",
                        new Fault.ManagedObject(Fault.ManagedObject.Kind.EXTERNAL, deployment, "prometheus"),
                        new Fault.Resource(Fault.Resource.Kind.EXTERNAL, "HighLatency", "", null),
                        Severity.WARNING,
                        Fault.EventType.QOS_ALARM,
                        "High latency",
                        "p99 over 200 ms")));
        String internal = ids("?deployment=" + deployment + "&q=gone").getFirst();
        String external = ids("?deployment=" + deployment + "&q=latency").getFirst();

        problem(post(ALARMS + "/" + internal + "/clear", null), 409, "ALARM-NOT-EXTERNAL");
        HttpResponse<String> cleared = post(ALARMS + "/" + external + "/clear", null);
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(Sol005Client.tree(cleared).path("state").asString()).isEqualTo("CLEARED");
        assertThat(Sol005Client.tree(cleared).path("clearedBy").asString()).isEqualTo(TestUsers.OPERATOR);

        HttpResponse<String> note = post(ALARMS + "/" + internal + "/notes", "{\"text\":\"ticket INC-42\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        problem(post(ALARMS + "/" + internal + "/notes", "{\"text\":\"  \"}"), 422, "ALARM-NOTE-EMPTY");
        JsonNode detail = api.read(ALARMS + "/" + internal);
        assertThat(detail.path("notes").findValuesAsString("text")).containsExactly("ticket INC-42");
        assertThat(detail.path("notes").get(0).path("author").asString()).isEqualTo(TestUsers.OPERATOR);
    }

    @Test
    void theCsvExportIsFormulaSafe() throws Exception {
        UUID deployment = UUID.randomUUID();
        reports.report(
                FaultScope.of("live", deployment),
                List.of(fault(deployment, "=HYPERLINK(\"http://evil\")", Severity.MAJOR, "+1, \"quoted\"")));
        for (String path :
                List.of(ALARMS + ".csv?deployment=" + deployment, ALARMS + "?format=csv&deployment=" + deployment)) {
            HttpResponse<String> csv = api.get(path);
            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            String[] lines = csv.body().split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("id,state,severity");
            assertThat(lines[1])
                    .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                    .contains("\"'+1, \"\"quoted\"\"\"")
                    .doesNotContain(",=HYPERLINK");
        }
    }

    @Test
    void aViewerReadsAlarmsButChangesNothing() throws Exception {
        UUID deployment = UUID.randomUUID();
        reports.report(FaultScope.of("live", deployment), List.of(fault(deployment, "fw", Severity.MAJOR, "gone")));
        Sol005Client viewer = Sol005Client.bearer(port, Sol005Client.token(port, TestUsers.VIEWER, "VIEWER"));
        JsonNode list = Sol005Client.tree(viewer.get(ALARMS + "?deployment=" + deployment));
        String id = list.path("alarms").get(0).path("id").asString();
        assertThat(viewer.get(ALARMS + "/" + id).statusCode()).isEqualTo(200);
        assertThat(viewer.get(ALARMS + ".csv").statusCode()).isEqualTo(200);
        problem(viewer.json("POST", ALARMS + "/" + id + "/acknowledge", "{}"), 403, "AUTH-FORBIDDEN");
        problem(viewer.json("POST", ALARMS + "/" + id + "/notes", "{\"text\":\"x\"}"), 403, "AUTH-FORBIDDEN");
        problem(viewer.json("POST", ALARMS + "/acknowledge", "{\"ids\":[\"" + id + "\"]}"), 403, "AUTH-FORBIDDEN");
        assertThat(api.read(ALARMS + "/" + id).path("alarm").path("ackState").asString())
                .isEqualTo("UNACKNOWLEDGED");
    }
}
