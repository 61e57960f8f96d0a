package io.chainline.console.maintenance.service;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.maintenance.domain.WindowKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A maintenance window as lists and the API show it.
 *
 * @param schedule the recurrence in words
 * @param nextStart the next occurrence's start after now, if any
 * @param version the optimistic-lock version a change must name
 */
public record WindowSummary(
        UUID id,
        String name,
        WindowKind kind,
        RecurrenceKind recurrence,
        String expression,
        LocalDateTime startsLocal,
        String zone,
        int durationMinutes,
        WindowScope scope,
        String description,
        String schedule,
        Instant nextStart,
        String updatedBy,
        Instant updatedAt,
        long version) {}
