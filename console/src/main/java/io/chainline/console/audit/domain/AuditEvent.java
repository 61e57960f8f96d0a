package io.chainline.console.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change someone made: who, when, what, to which thing. Written once, never changed. */
@Entity
@org.hibernate.annotations.Immutable // append-only: Hibernate never issues an UPDATE for it
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "target_type", nullable = false, length = 32)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 64)
    private String targetId;

    @Column(nullable = false, length = 2000)
    private String detail;

    @Column(nullable = false, length = 200)
    private String source = "";

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String targetType,
            String targetId,
            String detail,
            String source) {
        this.source = source.length() > 200 ? source.substring(0, 200) : source;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSource() {
        return source;
    }
}
