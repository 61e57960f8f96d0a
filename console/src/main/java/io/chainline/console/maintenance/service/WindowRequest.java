package io.chainline.console.maintenance.service;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.maintenance.domain.WindowKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A maintenance window as an operator defines it.
 *
 * @param startsLocal the first start in local time: the once time, or an RRULE's DTSTART (ignored by cron)
 * @param durationMinutes how long each occurrence lasts
 */
public record WindowRequest(
        String name,
        WindowKind kind,
        RecurrenceKind recurrence,
        String expression,
        LocalDateTime startsLocal,
        String zone,
        Integer durationMinutes,
        List<String> targets,
        List<String> sites,
        Map<String, String> labels,
        String description) {

    public WindowRequest {
        name = name == null ? "" : name.strip();
        kind = kind == null ? WindowKind.ALLOW : kind;
        recurrence = recurrence == null ? RecurrenceKind.CRON : recurrence;
        expression = expression == null ? "" : expression.strip();
        zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
        durationMinutes = durationMinutes == null ? 0 : durationMinutes;
        targets = targets == null ? List.of() : List.copyOf(targets);
        sites = sites == null ? List.of() : List.copyOf(sites);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        description = description == null ? "" : description.strip();
    }

    public WindowScope scope() {
        return new WindowScope(targets, sites, labels);
    }
}
