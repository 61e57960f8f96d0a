package io.chainline.console.deployment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.domain.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertmanagerAlertsTest {

    @Test
    void labelsNamingAKnownDeploymentAndNfPutTheAlarmOnThem() {
        UUID id = UUID.randomUUID();
        var alert = new AlertmanagerPayload.Alert(
                true,
                "a1b2",
                Map.of(
                        "alertname",
                        "HighLatency",
                        "chainline_deployment",
                        "core",
                        "nf",
                        "firewall",
                        "severity",
                        "critical"),
                Map.of("summary", "p99 above 200 ms", "description", "for 5 minutes"));

        Fault fault = AlertmanagerAlerts.fault(alert, Optional.of(new AlertmanagerAlerts.Known(id, "core")));

        assertThat(fault.object()).isEqualTo(Fault.ManagedObject.deployment(id, "core"));
        assertThat(fault.resource())
                .isEqualTo(new Fault.Resource(Fault.Resource.Kind.NF, "firewall", "firewall", null));
        assertThat(fault.severity()).isEqualTo(Fault.Severity.CRITICAL);
        assertThat(fault.probableCause()).isEqualTo("HighLatency");
        assertThat(fault.details()).isEqualTo("p99 above 200 ms for 5 minutes");
    }

    @Test
    void anUnknownDeploymentIsAnExternalObjectWithAStableId() {
        Map<String, String> labels = Map.of("alertname", "DiskFull", "deployment", "elsewhere", "instance", "n1:9100");
        var alert = new AlertmanagerPayload.Alert(true, "f", labels, Map.of("description", "disk 95%"));

        Fault fault = AlertmanagerAlerts.fault(alert, Optional.empty());
        Fault again = AlertmanagerAlerts.fault(
                new AlertmanagerPayload.Alert(true, "f", new java.util.HashMap<>(labels), Map.of()), Optional.empty());

        assertThat(fault.object().kind()).isEqualTo(Fault.ManagedObject.Kind.EXTERNAL);
        assertThat(fault.object().name()).isEqualTo("elsewhere");
        assertThat(fault.object().id()).isEqualTo(again.object().id());
        assertThat(fault.resource().kind()).isEqualTo(Fault.Resource.Kind.EXTERNAL);
        assertThat(fault.resource().name()).isEqualTo("n1:9100");
        assertThat(fault.details()).isEqualTo("disk 95%");
        assertThat(fault.severity()).as("no severity label").isEqualTo(Fault.Severity.INDETERMINATE);
    }

    @Test
    void severityLabelsMapOntoSol005Severities() {
        assertThat(AlertmanagerAlerts.severity("critical")).isEqualTo(Fault.Severity.CRITICAL);
        assertThat(AlertmanagerAlerts.severity("Major")).isEqualTo(Fault.Severity.MAJOR);
        assertThat(AlertmanagerAlerts.severity("minor")).isEqualTo(Fault.Severity.MINOR);
        assertThat(AlertmanagerAlerts.severity("warning")).isEqualTo(Fault.Severity.WARNING);
        assertThat(AlertmanagerAlerts.severity("info")).isEqualTo(Fault.Severity.INDETERMINATE);
        assertThat(AlertmanagerAlerts.severity("none")).isEqualTo(Fault.Severity.INDETERMINATE);
        assertThat(AlertmanagerAlerts.severity(null)).isEqualTo(Fault.Severity.INDETERMINATE);
    }

    @Test
    void aVersion4PayloadIsReadAlertByAlert() {
        var alerts = AlertmanagerPayload.parse(bytes("""
                {"version":"4","groupKey":"{}:{}","truncatedAlerts":0,"status":"firing","receiver":"chainline",
                 "groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am:9093",
                 "alerts":[
                  {"status":"firing","labels":{"alertname":"A"},"annotations":{},"startsAt":"2026-12-05T00:00:00Z",
                   "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom/graph","fingerprint":"aa"},
                  {"status":"resolved","labels":{"alertname":"B"},"fingerprint":"bb"}]}"""));

        assertThat(alerts).extracting(AlertmanagerPayload.Alert::firing).containsExactly(true, false);
        assertThat(alerts).extracting(AlertmanagerPayload.Alert::fingerprint).containsExactly("aa", "bb");
    }

    @Test
    void badPayloadsNameTheJsonPath() {
        assertInvalid("not json", "The body is not JSON");
        assertInvalid("[]", "$ is not a JSON object");
        assertInvalid("{\"version\":\"4\"}", "$.alerts is missing");
        assertInvalid("{\"alerts\":[{\"status\":\"pending\",\"fingerprint\":\"a\"}]}", "$.alerts[0].status");
        assertInvalid("{\"alerts\":[{\"status\":\"firing\"}]}", "$.alerts[0].fingerprint");
        assertInvalid(
                "{\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"a\",\"labels\":{\"x\":{}}}]}",
                "$.alerts[0].labels.x must be a string");
    }

    private static void assertInvalid(String body, String detail) {
        assertThatThrownBy(() -> AlertmanagerPayload.parse(bytes(body)))
                .isInstanceOf(AlertmanagerPayload.Invalid.class)
                .hasMessageContaining(detail)
                .satisfies(e ->
                        assertThat(((AlertmanagerPayload.Invalid) e).code()).isEqualTo("ALERTMANAGER-INVALID"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
