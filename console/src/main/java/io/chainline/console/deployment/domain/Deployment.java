package io.chainline.console.deployment.domain;

import io.chainline.console.base.domain.Stamped;
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
import org.hibernate.annotations.OptimisticLock;

/**
 * A published chain version on the fleet. {@code desiredJson} is the state it should have, as planned and gated
 * (images pinned to digests); what was last observed and what drifted are kept beside it, outside the optimistic lock,
 * so a periodic check never turns an operator's action into a conflict.
 */
@Entity
@Table(name = "deployment")
public class Deployment extends Stamped {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "chain_id", nullable = false)
    private UUID chainId;

    @Column(name = "chain_name", nullable = false, length = 200)
    private String chainName;

    @Column(name = "chain_version", nullable = false, length = 50)
    private String chainVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeploymentState state;

    @Column(name = "settings_json", nullable = false, length = 100000)
    private String settingsJson;

    @Column(name = "desired_json", nullable = false, length = 1000000)
    private String desiredJson;

    @OptimisticLock(excluded = true)
    @Column(name = "live_json", nullable = false, length = 200000)
    private String liveJson = "{}";

    @OptimisticLock(excluded = true)
    @Column(name = "observed_at")
    private Instant observedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "drift_json", nullable = false, length = 200000)
    private String driftJson = "[]";

    @OptimisticLock(excluded = true)
    @Column(name = "drift_checked_at")
    private Instant driftCheckedAt;

    @Column(name = "accepted_json", nullable = false, length = 200000)
    private String acceptedJson = "[]";

    protected Deployment() {
        // for JPA
    }

    public Deployment(UUID id, String name, String actor, Instant now) {
        super(actor, micros(now));
        this.id = id;
        this.name = name;
        this.state = DeploymentState.NOT_INSTANTIATED;
    }

    public void describe(UUID chainId, String chainName, String chainVersion, String settingsJson, String desiredJson) {
        this.chainId = chainId;
        this.chainName = chainName;
        this.chainVersion = chainVersion;
        this.settingsJson = settingsJson;
        this.desiredJson = desiredJson;
    }

    public void desire(String desiredJson, String settingsJson, String actor, Instant now) {
        this.desiredJson = desiredJson;
        this.settingsJson = settingsJson;
        stamp(actor, now);
    }

    /** After an upgrade: the chain version it now runs. */
    public void rechain(UUID chainId, String chainName, String chainVersion) {
        this.chainId = chainId;
        this.chainName = chainName;
        this.chainVersion = chainVersion;
    }

    public void moveTo(DeploymentState next, String actor, Instant now) {
        this.state = next;
        stamp(actor, now);
    }

    public void observed(String liveJson, Instant now) {
        this.liveJson = liveJson;
        this.observedAt = micros(now);
    }

    public void driftChecked(String driftJson, Instant now) {
        this.driftJson = driftJson;
        this.driftCheckedAt = micros(now);
    }

    public void accept(String acceptedJson, String actor, Instant now) {
        this.acceptedJson = acceptedJson;
        stamp(actor, now);
    }

    private void stamp(String actor, Instant now) {
        touch(actor, micros(now));
    }

    private static Instant micros(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS); // what every database keeps
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UUID getChainId() {
        return chainId;
    }

    public String getChainName() {
        return chainName;
    }

    public String getChainVersion() {
        return chainVersion;
    }

    public DeploymentState getState() {
        return state;
    }

    public String getSettingsJson() {
        return settingsJson;
    }

    public String getDesiredJson() {
        return desiredJson;
    }

    public String getLiveJson() {
        return liveJson;
    }

    public Optional<Instant> getObservedAt() {
        return Optional.ofNullable(observedAt);
    }

    public String getDriftJson() {
        return driftJson;
    }

    public Optional<Instant> getDriftCheckedAt() {
        return Optional.ofNullable(driftCheckedAt);
    }

    public String getAcceptedJson() {
        return acceptedJson;
    }
}
