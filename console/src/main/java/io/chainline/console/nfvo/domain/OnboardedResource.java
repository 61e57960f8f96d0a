package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a VNF package and an NS descriptor resource share: the onboarding state machine, the operational state, the
 * user's own data, and a record of the uploaded content (the bytes live in {@code sol005_content}).
 */
@MappedSuperclass
public abstract class OnboardedResource {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "onboarding_state", nullable = false, length = 16)
    private OnboardingState onboardingState;

    @Enumerated(EnumType.STRING)
    @Column(name = "operational_state", nullable = false, length = 16)
    private OperationalState operationalState;

    @Column(name = "failure_json", length = 100_000)
    private String failureJson;

    @Column(name = "user_defined_json", nullable = false, length = 100_000)
    private String userDefinedJson;

    @Column(name = "content_name", length = 255)
    private String contentName;

    @Column(name = "content_size")
    private Long contentSize;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected OnboardedResource() {
        // for JPA
    }

    protected OnboardedResource(UUID id, String userDefinedJson, String actor, Instant now) {
        this.id = id;
        this.onboardingState = OnboardingState.CREATED;
        this.operationalState = OperationalState.DISABLED;
        this.userDefinedJson = userDefinedJson;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
    }

    /** The upload has started: the previous failure (if this is a second attempt) no longer applies. */
    public void uploading(String name, long size, String sha256, Instant now) {
        this.onboardingState = OnboardingState.UPLOADING;
        this.failureJson = null;
        this.contentName = name;
        this.contentSize = size;
        this.contentSha256 = sha256;
        this.updatedAt = now;
    }

    public void processing(Instant now) {
        this.onboardingState = OnboardingState.PROCESSING;
        this.updatedAt = now;
    }

    /** SOL005: an onboarded package starts ENABLED. */
    protected void onboarded(Instant now) {
        this.onboardingState = OnboardingState.ONBOARDED;
        this.operationalState = OperationalState.ENABLED;
        this.updatedAt = now;
    }

    public void failed(String problemJson, Instant now) {
        this.onboardingState = OnboardingState.ERROR;
        this.failureJson = problemJson;
        this.updatedAt = now;
    }

    public void modify(Optional<OperationalState> state, Optional<String> userDefined, Instant now) {
        state.ifPresent(s -> this.operationalState = s);
        userDefined.ifPresent(u -> this.userDefinedJson = u);
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public OnboardingState getOnboardingState() {
        return onboardingState;
    }

    public OperationalState getOperationalState() {
        return operationalState;
    }

    public Optional<String> getFailureJson() {
        return Optional.ofNullable(failureJson);
    }

    public String getUserDefinedJson() {
        return userDefinedJson;
    }

    public Optional<String> getContentName() {
        return Optional.ofNullable(contentName);
    }

    public Optional<String> getContentSha256() {
        return Optional.ofNullable(contentSha256);
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

    public long getVersion() {
        return version;
    }
}
