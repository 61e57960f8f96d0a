package io.chainline.console.deployment.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prometheus Alertmanager as a source of alarms (scope {@code ("alertmanager", fingerprint)}, external: operators may
 * clear them by hand, since Chainline cannot see when they stop being true). A firing alert reports its one fault, a
 * resolved one reports none, so Alertmanager's repeats and retries change nothing. Labels naming a deployment this
 * console knows ({@code chainline_deployment} or {@code deployment}, by name or id) and a network function
 * ({@code chainline_nf} or {@code nf}) put the alarm on them, where the deployment page shows it.
 */
@Service
public class AlertmanagerAlerts {

    static final String SOURCE = "alertmanager";

    /** What one post did: how many alerts it carried, and how many of them fire and how many resolved. */
    public record Received(int alerts, int firing, int resolved) {}

    private final FaultReports faults;
    private final DeploymentRepository deployments;
    private final TransactionTemplate tx;

    AlertmanagerAlerts(FaultReports faults, DeploymentRepository deployments, TransactionTemplate tx) {
        this.faults = faults;
        this.deployments = deployments;
        this.tx = tx;
    }

    /** Reports each alert of a posted webhook payload; {@link AlertmanagerPayload.Invalid} before any when invalid. */
    public Received receive(byte[] body) {
        List<AlertmanagerPayload.Alert> alerts = AlertmanagerPayload.parse(body);
        int firing = 0;
        for (AlertmanagerPayload.Alert alert : alerts) {
            FaultScope scope = FaultScope.of(SOURCE, alert.fingerprint());
            if (alert.firing()) {
                Optional<Deployment> on = tx.execute(s -> deployment(alert.labels()));
                faults.report(scope, List.of(fault(alert, on.map(d -> new Known(d.getId(), d.getName())))));
                firing++;
            } else {
                faults.report(scope, List.of());
            }
        }
        return new Received(alerts.size(), firing, alerts.size() - firing);
    }

    /** A deployment this console holds, named by an alert's labels. */
    record Known(UUID id, String name) {}

    private Optional<Deployment> deployment(Map<String, String> labels) {
        return label(labels, "chainline_deployment", "deployment").flatMap(named -> {
            try {
                Optional<Deployment> byId = deployments.findById(UUID.fromString(named));
                if (byId.isPresent()) {
                    return byId;
                }
            } catch (IllegalArgumentException notAnId) {
                // a name, the usual case
            }
            return deployments.findByName(named);
        });
    }

    static Fault fault(AlertmanagerPayload.Alert alert, Optional<Known> deployment) {
        Map<String, String> labels = alert.labels();
        String alertname = alert.alertname().isBlank() ? "Prometheus alert" : alert.alertname();
        Optional<String> nf = label(labels, "chainline_nf", "nf");
        Fault.ManagedObject object = deployment
                .map(d -> Fault.ManagedObject.deployment(d.id(), d.name()))
                .orElseGet(() -> new Fault.ManagedObject(
                        Fault.ManagedObject.Kind.EXTERNAL, externalId(alertname, labels), externalName(labels)));
        Fault.Resource resource = nf.map(n -> new Fault.Resource(Fault.Resource.Kind.NF, n, n, null))
                .orElseGet(() -> new Fault.Resource(
                        Fault.Resource.Kind.EXTERNAL, labels.getOrDefault("instance", alertname), "", null));
        return new Fault(
                "alert:" + alertname,
                object,
                resource,
                severity(labels.get("severity")),
                Fault.EventType.QOS_ALARM,
                alertname,
                details(alert.annotations()));
    }

    /** Alertmanager's usual severity labels onto SOL005's; anything else is indeterminate. */
    static Fault.Severity severity(String label) {
        return switch (label == null ? "" : label.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "page" -> Fault.Severity.CRITICAL;
            case "major", "error" -> Fault.Severity.MAJOR;
            case "minor" -> Fault.Severity.MINOR;
            case "warning", "warn" -> Fault.Severity.WARNING;
            default -> Fault.Severity.INDETERMINATE;
        };
    }

    /** Stable across posts of the same alert, so its alarms group on one managed object. */
    static UUID externalId(String alertname, Map<String, String> labels) {
        return UUID.nameUUIDFromBytes((alertname + labels).getBytes(StandardCharsets.UTF_8));
    }

    private static String externalName(Map<String, String> labels) {
        return Stream.of("chainline_deployment", "deployment", "service", "job", "instance", "alertname")
                .map(labels::get)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("Prometheus");
    }

    private static String details(Map<String, String> annotations) {
        String summary = annotations.getOrDefault("summary", "").strip();
        String description = annotations.getOrDefault("description", "").strip();
        if (summary.isEmpty() || description.isEmpty() || summary.equals(description)) {
            return summary.isEmpty() ? description : summary;
        }
        return summary + " " + description;
    }

    private static Optional<String> label(Map<String, String> labels, String... names) {
        return Stream.of(names)
                .map(labels::get)
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .findFirst();
    }
}
