package io.chainline.console.schedule.domain;

import io.chainline.console.base.domain.RecurrenceKind;
import io.chainline.console.base.domain.Stamped;
import io.chainline.console.deployment.domain.Operation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A deployment job to run later, once or recurring, in a time zone. It is the truth about when it fires: the
 * scheduler's execution is only a wake-up call that reads {@code nextEffectiveAt} here again.
 */
@Entity
@Table(name = "job_schedule")
public class JobSchedule extends Stamped {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Operation operation;

    @Column(name = "deployment_id")
    private UUID deploymentId;

    @Column(name = "deployment_name", nullable = false, length = 40)
    private String deploymentName;

    @Column(name = "job_json", nullable = false, length = 200000)
    private String jobJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_kind", nullable = false, length = 10)
    private RecurrenceKind recurrenceKind;

    @Column(nullable = false, length = 500)
    private String expression;

    @Column(name = "starts_local", nullable = false)
    private LocalDateTime startsLocal;

    @Column(name = "zone_id", nullable = false, length = 60)
    private String zoneId;

    @Column(nullable = false, length = 100)
    private String ticket;

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "missed_policy", nullable = false, length = 10)
    private MissedRunPolicy missedPolicy;

    @Column(name = "slip_minutes", nullable = false)
    private int slipMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_policy", nullable = false, length = 10)
    private WindowPolicy windowPolicy;

    @Column(name = "override_reason", nullable = false, length = 1000)
    private String overrideReason;

    @Column(name = "stop_on_fail", nullable = false)
    private boolean stopOnFail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ScheduleState state;

    @Column(name = "state_reason", nullable = false, length = 2000)
    private String stateReason;

    @Column(name = "next_nominal_at")
    private Instant nextNominalAt;

    @Column(name = "next_effective_at")
    private Instant nextEffectiveAt;

    @Column(name = "effective_reason", nullable = false, length = 2000)
    private String effectiveReason;

    protected JobSchedule() {}

    public JobSchedule(UUID id, String actor, Instant now) {
        super(actor, now);
        this.id = id;
        this.owner = actor;
        this.state = ScheduleState.ACTIVE;
        this.stateReason = "";
        this.effectiveReason = "";
    }

    /** What to run and against which deployment (a new one's name for a scheduled deploy). */
    public void job(Operation operation, Optional<UUID> deploymentId, String deploymentName, String jobJson) {
        this.operation = operation;
        this.deploymentId = deploymentId.orElse(null);
        this.deploymentName = deploymentName;
        this.jobJson = jobJson;
    }

    public void timing(RecurrenceKind kind, String expression, LocalDateTime startsLocal, String zoneId) {
        this.recurrenceKind = kind;
        this.expression = expression;
        this.startsLocal = startsLocal;
        this.zoneId = zoneId;
    }

    public void policies(
            String name,
            String ticket,
            MissedRunPolicy missed,
            Duration slip,
            WindowPolicy window,
            String overrideReason,
            boolean stopOnFail) {
        this.name = name;
        this.ticket = ticket;
        this.missedPolicy = missed;
        this.slipMinutes = (int) slip.toMinutes();
        this.windowPolicy = window;
        this.overrideReason = overrideReason;
        this.stopOnFail = stopOnFail;
    }

    /** The next occurrence and when it will really run, or none (the schedule is then done). */
    public void next(Optional<Instant> nominal, Optional<Instant> effective, String reason) {
        this.nextNominalAt = nominal.orElse(null);
        this.nextEffectiveAt = effective.orElse(null);
        this.effectiveReason = reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
        if (nominal.isEmpty() && state == ScheduleState.ACTIVE) {
            this.state = ScheduleState.DONE;
            this.stateReason = "no occurrence left";
        }
    }

    public void pause(String reason, String actor, Instant now) {
        this.state = ScheduleState.PAUSED;
        this.stateReason = reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
        touch(actor, now);
    }

    public void resume(String actor, Instant now) {
        this.state = ScheduleState.ACTIVE;
        this.stateReason = "";
        touch(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Operation getOperation() {
        return operation;
    }

    public Optional<UUID> getDeploymentId() {
        return Optional.ofNullable(deploymentId);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public String getJobJson() {
        return jobJson;
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

    public String getTicket() {
        return ticket;
    }

    public String getOwner() {
        return owner;
    }

    public MissedRunPolicy getMissedPolicy() {
        return missedPolicy;
    }

    public Duration getSlip() {
        return Duration.ofMinutes(slipMinutes);
    }

    public WindowPolicy getWindowPolicy() {
        return windowPolicy;
    }

    public Optional<String> getOverrideReason() {
        return overrideReason.isBlank() ? Optional.empty() : Optional.of(overrideReason);
    }

    public boolean isStopOnFail() {
        return stopOnFail;
    }

    public ScheduleState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Optional<Instant> getNextNominalAt() {
        return Optional.ofNullable(nextNominalAt);
    }

    public Optional<Instant> getNextEffectiveAt() {
        return Optional.ofNullable(nextEffectiveAt);
    }

    public String getEffectiveReason() {
        return effectiveReason;
    }
}
