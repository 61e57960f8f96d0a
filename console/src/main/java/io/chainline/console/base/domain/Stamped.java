package io.chainline.console.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Who made a row and when, who changed it last and when, and its optimistic-lock version: the columns every editable
 * entity's table has under these names ({@code created_at}, {@code created_by}, {@code updated_at},
 * {@code updated_by}, {@code version}). The times come from the caller, which takes them from the injected
 * {@code Clock}, so tests decide them; Spring Data auditing would read its own clock and the principal instead of
 * the actor a job or a schedule acts for.
 */
@MappedSuperclass
public abstract class Stamped {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    /** JPA's optimistic lock: a change made from a stale read fails instead of overwriting. */
    @Version
    private long version;

    protected Stamped() {
        // for JPA
    }

    /** A new row: created and last changed by {@code actor} at {@code now}. */
    protected Stamped(String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Records who changed the row and when; the version moves when JPA writes it. */
    public void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
