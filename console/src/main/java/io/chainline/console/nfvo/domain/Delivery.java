package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A notification owed to a subscriber: written with the change it reports, posted until it lands or gives up. */
@Entity
@Table(name = "sol005_delivery")
public class Delivery {

    public enum State {
        PENDING,
        DELIVERED,
        GAVE_UP
    }

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "notification_type", nullable = false, length = 64)
    private String notificationType;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected Delivery() {
        // for JPA
    }

    public Delivery(UUID id, UUID subscriptionId, String type, String payload, Instant now) {
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.notificationType = type;
        this.payload = payload;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Taken by one console for a while; the version check makes the lease exclusive. */
    public boolean lease(Instant now, Duration lease) {
        if (state != State.PENDING || leaseUntil != null && leaseUntil.isAfter(now)) {
            return false;
        }
        this.leaseUntil = now.plus(lease);
        return true;
    }

    public void delivered(Instant now) {
        this.attempts++;
        this.state = State.DELIVERED;
        this.deliveredAt = now;
        this.leaseUntil = null;
        this.lastError = null;
    }

    /** Another attempt after the backoff, or none once {@code maxAttempts} have failed. */
    public void failedAttempt(String error, Instant next, int maxAttempts) {
        this.attempts++;
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        this.leaseUntil = null;
        if (attempts >= maxAttempts) {
            this.state = State.GAVE_UP;
        } else {
            this.nextAttemptAt = next;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getSubscriptionId() {
        return subscriptionId;
    }

    public String getNotificationType() {
        return notificationType;
    }

    public String getPayload() {
        return payload;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> getDeliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
