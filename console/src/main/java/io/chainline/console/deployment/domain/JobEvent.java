package io.chainline.console.deployment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Something a job did or saw, in order ({@code seq}), as the event log shows it. */
@Entity
@Table(name = "job_event")
public class JobEvent {

    public enum Level {
        INFO,
        WARN,
        ERROR
    }

    @Id
    private UUID id;

    @Column(name = "job_id", nullable = false)
    private UUID jobId;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 8)
    private String level;

    @Column(nullable = false, length = 4000)
    private String message;

    protected JobEvent() {
        // for JPA
    }

    public JobEvent(UUID jobId, long seq, Instant at, Level level, String message) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.seq = seq;
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.level = level.name();
        this.message = message.length() > 4000 ? message.substring(0, 3997) + "…" : message;
    }

    public UUID getJobId() {
        return jobId;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public Level getLevel() {
        return Level.valueOf(level);
    }

    public String getMessage() {
        return message;
    }
}
