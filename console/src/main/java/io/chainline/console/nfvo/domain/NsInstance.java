package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A SOL005 NS instance. It exists before it runs (NOT_INSTANTIATED); instantiating it creates the Chainline
 * deployment of the same name, which from then on holds its state. The name is a DNS label derived from the client's
 * {@code nsName}, which is kept as sent.
 */
@Entity
@Table(name = "ns_instance")
public class NsInstance {

    @Id
    private UUID id;

    @Column(nullable = false, length = 63)
    private String name;

    @Column(name = "ns_name", nullable = false, length = 255)
    private String nsName;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "nsd_info_id", nullable = false)
    private UUID nsdInfoId;

    @Column(name = "deployment_id")
    private UUID deploymentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected NsInstance() {
        // for JPA
    }

    /**
     * @param name the DNS label the deployment is named after
     * @param nsName the name the SOL005 client chose, any string
     */
    public NsInstance(
            UUID id, String name, String nsName, String description, UUID nsdInfoId, String actor, Instant now) {
        this.id = id;
        this.name = name;
        this.nsName = nsName;
        this.description = description;
        this.nsdInfoId = nsdInfoId;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public void instantiatedAs(UUID deployment) {
        this.deploymentId = deployment;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNsName() {
        return nsName;
    }

    public String getDescription() {
        return description;
    }

    public UUID getNsdInfoId() {
        return nsdInfoId;
    }

    public Optional<UUID> getDeploymentId() {
        return Optional.ofNullable(deploymentId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
