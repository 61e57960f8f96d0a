package io.chainline.console.deployment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** One step of a job: what it does to which target, whether it is done, and what the last attempt said. */
@Entity
@Table(name = "job_step")
public class JobStep {

    @Id
    private UUID id;

    @Column(name = "job_id", nullable = false)
    private UUID jobId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    @Column(name = "target_id")
    private UUID targetId;

    @Column(name = "target_name", nullable = false, length = 100)
    private String targetName;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 100000)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepState state = StepState.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false, length = 4000)
    private String message = "";

    protected JobStep() {
        // for JPA
    }

    public JobStep(
            UUID jobId, int position, StepKind kind, UUID targetId, String targetName, String title, String detail) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.position = position;
        this.kind = kind;
        this.targetId = targetId;
        this.targetName = targetName;
        this.title = title;
        this.detail = detail;
    }

    public void attempt(Instant now) {
        attempts++;
        state = StepState.RUNNING;
        if (startedAt == null) {
            startedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public void end(StepState end, String message, Instant now) {
        this.state = end;
        this.message = message.length() > 4000 ? message.substring(0, 3997) + "…" : message;
        this.endedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public int getPosition() {
        return position;
    }

    public StepKind getKind() {
        return kind;
    }

    public Optional<UUID> getTargetId() {
        return Optional.ofNullable(targetId);
    }

    public String getTargetName() {
        return targetName;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public StepState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public String getMessage() {
        return message;
    }
}
