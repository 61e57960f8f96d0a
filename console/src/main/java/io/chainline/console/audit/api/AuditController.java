package io.chainline.console.audit.api;

import io.chainline.console.audit.service.AuditCsv;
import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.audit.service.AuditQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators: filtered pages, newest first, and the same filter as CSV. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Every change through the UI or the API: who, when, what, from where")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit records, newest first; filter by actor, area, text and time (ISO instants)")
    AuditLog.Page search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(actor, area, q, from, to), page, size);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The filtered audit log as CSV (up to 100,000 rows)")
    ResponseEntity<String> export(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        String csv = AuditCsv.write(audit.export(new AuditQuery(actor, area, q, from, to)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chainline-audit.csv\"")
                .body(csv);
    }
}
