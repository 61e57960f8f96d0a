package io.chainline.console.deployment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One operation on a deployment, persisted before it starts so a console that dies mid-way leaves a record another
 * (or the restarted) console picks up. {@code owner} and {@code heartbeatAt} say which console runs it and that it is
 * alive; they and the cancel flag change through single-statement updates, never through this entity's lock.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate // owner, heartbeat and cancel change through single statements
@Table(name = "deployment_job")
public class DeploymentJob {

    @Id
    private UUID id;

    @Column(name = "deployment_id", nullable = false)
    private UUID deploymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Operation operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobState state;

    @Column(name = "request_json", nullable = false, length = 1000000)
    private String requestJson;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 100)
    private String owner;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "error_code", nullable = false, length = 60)
    private String errorCode = "";

    @Column(name = "error_message", nullable = false, length = 4000)
    private String errorMessage = "";

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Version
    private long version;

    protected DeploymentJob() {
        // for JPA
    }

    public DeploymentJob(
            UUID id, UUID deploymentId, Operation operation, String requestJson, String startedBy, Instant now) {
        this.id = id;
        this.deploymentId = deploymentId;
        this.operation = operation;
        this.requestJson = requestJson;
        this.startedBy = startedBy;
        this.state = JobState.QUEUED;
        this.createdAt = micros(now);
    }

    public void start(Instant now) {
        if (startedAt == null) {
            startedAt = micros(now);
        }
        state = JobState.RUNNING;
    }

    /** Back to the queue for a retry: the failure is kept in the events, not on the job. */
    public void requeue() {
        state = JobState.QUEUED;
        errorCode = "";
        errorMessage = "";
        endedAt = null;
        owner = null;
        heartbeatAt = null;
        cancelRequested = false;
    }

    public void rollingBack() {
        state = JobState.ROLLING_BACK;
    }

    public void finish(JobState end, String code, String message, Instant now) {
        this.state = end;
        this.errorCode = code;
        this.errorMessage = message.length() > 4000 ? message.substring(0, 3997) + "…" : message;
        this.endedAt = micros(now);
    }

    private static Instant micros(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeploymentId() {
        return deploymentId;
    }

    public Operation getOperation() {
        return operation;
    }

    public JobState getState() {
        return state;
    }

    public String getRequestJson() {
        return requestJson;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> getOwner() {
        return Optional.ofNullable(owner);
    }

    public Optional<Instant> getHeartbeatAt() {
        return Optional.ofNullable(heartbeatAt);
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }
}
