package io.chainline.console.nfvo.domain;

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
 * One NS lifecycle operation occurrence. Its id is the deployment job's, which holds the progress; this row adds what
 * SOL005 needs besides: the NS instance, the operation as asked, and whether a client declared it failed for good.
 */
@Entity
@Table(name = "ns_lcm_op_occ")
public class NsLcmOpOcc {

    @Id
    private UUID id;

    @Column(name = "ns_instance_id", nullable = false)
    private UUID nsInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LcmOperationType operation;

    @Column(name = "operation_params", nullable = false, length = 100_000)
    private String operationParams;

    @Column(name = "failed_by", length = 64)
    private String failedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "notified_state", length = 20)
    private String notifiedState;

    @Version
    private long version;

    protected NsLcmOpOcc() {
        // for JPA
    }

    public NsLcmOpOcc(UUID jobId, UUID nsInstanceId, LcmOperationType operation, String params, Instant now) {
        this.id = jobId;
        this.nsInstanceId = nsInstanceId;
        this.operation = operation;
        this.operationParams = params;
        this.createdAt = now;
    }

    /** The SOL005 "fail" task: a failed-temporarily occurrence becomes FAILED, never retried. */
    public void failFinally(String actor) {
        this.failedBy = actor;
    }

    /** The last state a notification reported, so a state is reported once. */
    public boolean notify(String state) {
        if (state.equals(notifiedState)) {
            return false;
        }
        this.notifiedState = state;
        return true;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNsInstanceId() {
        return nsInstanceId;
    }

    public LcmOperationType getOperation() {
        return operation;
    }

    public String getOperationParams() {
        return operationParams;
    }

    public Optional<String> getFailedBy() {
        return Optional.ofNullable(failedBy);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
