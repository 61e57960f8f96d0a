package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One alarm change (an AlarmChanged event, by its id) whose nsfm notifications are written: a repeat writes none. */
@Entity
@Immutable
@Table(name = "nsfm_notified")
public class AlarmNotified {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "alarm_id", nullable = false)
    private UUID alarmId;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected AlarmNotified() {
        // for JPA
    }

    public AlarmNotified(UUID eventId, UUID alarmId, Instant notifiedAt) {
        this.eventId = eventId;
        this.alarmId = alarmId;
        this.notifiedAt = notifiedAt;
    }

    public UUID getEventId() {
        return eventId;
    }

    public UUID getAlarmId() {
        return alarmId;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
