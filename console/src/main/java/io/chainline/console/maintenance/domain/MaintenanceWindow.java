package io.chainline.console.maintenance.domain;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A recurring period in which work on some targets is allowed or denied. Its scope is stored as text lines (target
 * names, sites, key=value labels) because it is read whole, never queried by part.
 */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow extends Stamped {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WindowKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_kind", nullable = false, length = 10)
    private RecurrenceKind recurrenceKind;

    @Column(nullable = false, length = 500)
    private String expression;

    @Column(name = "starts_local", nullable = false)
    private LocalDateTime startsLocal;

    @Column(name = "zone_id", nullable = false, length = 60)
    private String zoneId;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "scope_targets", nullable = false, length = 4000)
    private String scopeTargets;

    @Column(name = "scope_sites", nullable = false, length = 4000)
    private String scopeSites;

    @Column(name = "scope_labels", nullable = false, length = 4000)
    private String scopeLabels;

    @Column(nullable = false, length = 1000)
    private String description;

    protected MaintenanceWindow() {}

    public MaintenanceWindow(UUID id, String actor, Instant now) {
        super(actor, now);
        this.id = id;
    }

    /** Sets everything an operator edits; the scope parts are newline-separated lines. */
    public void define(
            String name,
            WindowKind kind,
            RecurrenceKind recurrenceKind,
            String expression,
            LocalDateTime startsLocal,
            String zoneId,
            int durationMinutes,
            String scopeTargets,
            String scopeSites,
            String scopeLabels,
            String description) {
        this.name = name;
        this.kind = kind;
        this.recurrenceKind = recurrenceKind;
        this.expression = expression;
        this.startsLocal = startsLocal;
        this.zoneId = zoneId;
        this.durationMinutes = durationMinutes;
        this.scopeTargets = scopeTargets;
        this.scopeSites = scopeSites;
        this.scopeLabels = scopeLabels;
        this.description = description;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public WindowKind getKind() {
        return kind;
    }

    public RecurrenceKind getRecurrenceKind() {
        return recurrenceKind;
    }

    public String getExpression() {
        return expression;
    }

    public LocalDateTime getStartsLocal() {
        return startsLocal;
    }

    public String getZoneId() {
        return zoneId;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getScopeTargets() {
        return scopeTargets;
    }

    public String getScopeSites() {
        return scopeSites;
    }

    public String getScopeLabels() {
        return scopeLabels;
    }

    public String getDescription() {
        return description;
    }
}
