package io.chainline.console.deployment.api;

import io.chainline.console.base.api.Problems;
import io.chainline.console.deployment.service.AlertmanagerAlerts;
import io.chainline.console.deployment.service.AlertmanagerPayload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prometheus Alertmanager's webhook receiver: firing alerts become alarms, resolved ones clear them. Lives with the
 * deployments because it resolves the deployments alerts name; the alarm module only sees the faults it reports.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alarms", description = "Alarms raised and cleared from Chainline's observations and from Alertmanager")
class AlertmanagerController {

    private final AlertmanagerAlerts alerts;

    AlertmanagerController(AlertmanagerAlerts alerts) {
        this.alerts = alerts;
    }

    /** The body is read raw, so anything that is not a webhook payload is refused with this API's own code. */
    @PostMapping("/alertmanager")
    @Operation(
            summary = "Receive an Alertmanager webhook (payload version 4)",
            description = "Each alert is one alarm, keyed by its fingerprint: firing raises or updates it, resolved"
                    + " clears it. Labels chainline_deployment/deployment and chainline_nf/nf place it on a"
                    + " deployment and network function; severity maps critical/major/minor/warning/info."
                    + " Needs an OPERATOR token.")
    AlertmanagerAlerts.Received receive(@RequestBody(required = false) byte[] body) {
        return alerts.receive(body);
    }

    /** A 400, not the 422 of a refused change: the request itself is not what a webhook receiver takes. */
    @ExceptionHandler(AlertmanagerPayload.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(AlertmanagerPayload.Invalid e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage()));
    }
}
