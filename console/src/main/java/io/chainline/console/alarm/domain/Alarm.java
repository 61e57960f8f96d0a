package io.chainline.console.alarm.domain;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An alarm for its whole life (SOL005 nsfm {@code Alarm}): raised by a source's fault, changed while reported again,
 * cleared when no longer reported (or, for external sources only, by an operator). {@link #getVersion()} is its ETag.
 */
@Entity
@Table(name = "alarm")
public class Alarm {

    @Id
    private UUID id;

    @Column(name = "active_key", length = 600)
    private String activeKey;

    @Column(name = "scope_source", nullable = false, length = 32)
    private String scopeSource;

    @Column(name = "scope_id", nullable = false, length = 200)
    private String scopeId;

    @Column(nullable = false, length = 300)
    private String cause;

    @Enumerated(EnumType.STRING)
    @Column(name = "managed_kind", nullable = false, length = 16)
    private Fault.ManagedObject.Kind managedKind;

    @Column(name = "managed_id", nullable = false)
    private UUID managedId;

    @Column(name = "managed_name", nullable = false, length = 200)
    private String managedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_kind", nullable = false, length = 16)
    private Fault.Resource.Kind resourceKind;

    @Column(name = "resource_name", nullable = false, length = 300)
    private String resourceName;

    @Column(name = "resource_nf", nullable = false, length = 200)
    private String resourceNf;

    @Column(name = "resource_target_id")
    private UUID resourceTargetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private Fault.EventType eventType;

    @Column(name = "probable_cause", nullable = false, length = 200)
    private String probableCause;

    @Column(name = "fault_details", nullable = false, length = 4000)
    private String faultDetails;

    @Column(name = "root_cause", nullable = false)
    private boolean rootCause;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_by", length = 64)
    private String clearedBy;

    @Column(name = "seen_count", nullable = false)
    private int seenCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_state", nullable = false, length = 16)
    private AckState ackState;

    @Column(name = "ack_by", length = 64)
    private String ackBy;

    @Column(name = "ack_at")
    private Instant ackAt;

    @Column(name = "ack_comment", length = 1000)
    private String ackComment;

    @Version
    private long version;

    protected Alarm() {
        // for JPA
    }

    public Alarm(UUID id, FaultScope scope, Fault fault, boolean rootCause, Instant now) {
        this.id = id;
        this.scopeSource = scope.source();
        this.scopeId = scope.id();
        this.cause = clip(fault.cause(), 300);
        this.activeKey = key(scope, this.cause);
        this.managedKind = fault.object().kind();
        this.managedId = fault.object().id();
        this.rootCause = rootCause;
        this.raisedAt = now;
        this.seenCount = 0;
        this.ackState = AckState.UNACKNOWLEDGED;
        this.lastSeenAt = now;
        this.changedAt = now;
        apply(fault);
        this.seenCount = 1;
    }

    /** The unique key of the one active alarm of a scope and cause. */
    public static String key(FaultScope scope, String cause) {
        return scope.source() + "|" + scope.id() + "|" + clip(cause, 300);
    }

    /** Whether {@code fault}, reported again, says something new an operator reads (then it is a change). */
    public boolean differsFrom(Fault fault) {
        return fault.severity() != severity
                || !clip(fault.details(), 4000).equals(faultDetails)
                || !clip(fault.probableCause(), 200).equals(probableCause);
    }

    /**
     * The source reported it with something new: alarmChangedTime moves and subscribers are told. A mere repeat is
     * counted with {@link AlarmRepository#seenAgain} instead, which leaves the version (the API's ETag) alone, so a
     * client's If-Match is not invalidated every watch round.
     */
    public void changed(Fault fault, Instant now) {
        this.seenCount++;
        this.lastSeenAt = now;
        apply(fault);
        this.changedAt = now;
    }

    private void apply(Fault fault) {
        this.managedName = clip(fault.object().name(), 200);
        this.resourceKind = fault.resource().kind();
        this.resourceName = clip(fault.resource().name(), 300);
        this.resourceNf = clip(fault.resource().nf(), 200);
        this.resourceTargetId = fault.resource().targetId();
        this.severity = fault.severity();
        this.eventType = fault.eventType();
        this.probableCause = clip(fault.probableCause(), 200);
        this.faultDetails = clip(fault.details(), 4000);
    }

    /** No longer true (its source stopped reporting it), or cleared by {@code actor} for an external source. */
    public void clear(String actor, Instant now) {
        if (clearedAt != null) {
            return;
        }
        this.activeKey = null;
        this.clearedAt = now;
        this.clearedBy = actor;
        this.changedAt = now;
    }

    public void acknowledge(String actor, String comment, Instant now) {
        this.ackState = AckState.ACKNOWLEDGED;
        this.ackBy = actor;
        this.ackAt = now;
        this.ackComment = comment == null || comment.isBlank() ? null : clip(comment.strip(), 1000);
    }

    public void unacknowledge() {
        this.ackState = AckState.UNACKNOWLEDGED;
        this.ackBy = null;
        this.ackAt = null;
        this.ackComment = null;
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    public boolean isActive() {
        return clearedAt == null;
    }

    public boolean isExternal() {
        return FaultScope.EXTERNAL.contains(scopeSource);
    }

    /** SOL005 perceivedSeverity: CLEARED once cleared, whatever it was. */
    public Severity getPerceivedSeverity() {
        return clearedAt == null ? severity : Severity.CLEARED;
    }

    public UUID getId() {
        return id;
    }

    public FaultScope getScope() {
        return new FaultScope(scopeSource, scopeId);
    }

    public String getCause() {
        return cause;
    }

    public Fault.ManagedObject getManagedObject() {
        return new Fault.ManagedObject(managedKind, managedId, managedName);
    }

    public Fault.Resource getResource() {
        return new Fault.Resource(resourceKind, resourceName, resourceNf, resourceTargetId);
    }

    /** The severity it was raised or last changed with (kept after clearing, for history). */
    public Severity getSeverity() {
        return severity;
    }

    public Fault.EventType getEventType() {
        return eventType;
    }

    public String getProbableCause() {
        return probableCause;
    }

    public String getFaultDetails() {
        return faultDetails;
    }

    public boolean isRootCause() {
        return rootCause;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Optional<Instant> getClearedAt() {
        return Optional.ofNullable(clearedAt);
    }

    public Optional<String> getClearedBy() {
        return Optional.ofNullable(clearedBy);
    }

    public int getSeenCount() {
        return seenCount;
    }

    public AckState getAckState() {
        return ackState;
    }

    public Optional<String> getAckBy() {
        return Optional.ofNullable(ackBy);
    }

    public Optional<Instant> getAckAt() {
        return Optional.ofNullable(ackAt);
    }

    public Optional<String> getAckComment() {
        return Optional.ofNullable(ackComment);
    }

    public long getVersion() {
        return version;
    }
}
