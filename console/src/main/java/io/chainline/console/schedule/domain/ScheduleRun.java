package io.chainline.console.schedule.domain;

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
 * One occurrence of a schedule that came due, unique per (schedule, nominal time): whatever fires twice, the second
 * insert fails. The job id is chosen before the job exists, so a run whose console died before creating the job is
 * completed by whoever revives it, with that same id, and never yields a second job.
 */
@Entity
@Table(name = "schedule_run")
public class ScheduleRun {

    @Id
    private UUID id;

    @Column(name = "schedule_id", nullable = false)
    private UUID scheduleId;

    @Column(name = "nominal_at", nullable = false)
    private Instant nominalAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunResult result;

    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "deployment_id")
    private UUID deploymentId;

    @Column(name = "executed_by", nullable = false, length = 100)
    private String executedBy;

    @Column(nullable = false, length = 4000)
    private String detail;

    @Version
    private long version;

    protected ScheduleRun() {}

    public ScheduleRun(
            UUID scheduleId,
            Instant nominalAt,
            Instant dueAt,
            Instant startedAt,
            RunResult result,
            Optional<UUID> jobId,
            String executedBy,
            String detail) {
        this.id = UUID.randomUUID();
        this.scheduleId = scheduleId;
        this.nominalAt = nominalAt;
        this.dueAt = dueAt;
        this.startedAt = startedAt;
        this.result = result;
        this.jobId = jobId.orElse(null);
        this.executedBy = executedBy;
        this.detail = clip(detail);
        if (result.finished()) {
            this.endedAt = startedAt;
        }
    }

    public void started(UUID deploymentId) {
        this.deploymentId = deploymentId;
        this.result = RunResult.RUNNING;
    }

    public void end(RunResult result, String detail, Instant at) {
        this.result = result;
        this.detail = clip(detail);
        this.endedAt = at;
    }

    private static String clip(String text) {
        return text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
    }

    public UUID getId() {
        return id;
    }

    public UUID getScheduleId() {
        return scheduleId;
    }

    public Instant getNominalAt() {
        return nominalAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public RunResult getResult() {
        return result;
    }

    public Optional<UUID> getJobId() {
        return Optional.ofNullable(jobId);
    }

    public Optional<UUID> getDeploymentId() {
        return Optional.ofNullable(deploymentId);
    }

    public String getExecutedBy() {
        return executedBy;
    }

    public String getDetail() {
        return detail;
    }
}
