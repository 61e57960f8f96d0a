package io.chainline.console.alarm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** What an operator wrote on an alarm (a handover, a ticket number); never changed once written. */
@Entity
@Immutable
@Table(name = "alarm_note")
public class AlarmNote {

    @Id
    private UUID id;

    @Column(name = "alarm_id", nullable = false)
    private UUID alarmId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected AlarmNote() {
        // for JPA
    }

    public AlarmNote(UUID id, UUID alarmId, String author, String text, Instant writtenAt) {
        this.id = id;
        this.alarmId = alarmId;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAlarmId() {
        return alarmId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
