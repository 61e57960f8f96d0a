package io.chainline.console.catalog.domain;

import io.chainline.console.base.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One VNF descriptor version in the catalog. The descriptor itself is the TOSCA engine's model, stored as JSON in
 * {@code modelJson}; the other columns are copies of its identity that the catalog searches, sorts and constrains on.
 */
@Entity
@Table(name = "vnf_descriptor")
public class CatalogEntry extends Stamped {

    @Id
    private UUID id;

    @Column(name = "product_key", nullable = false, length = 420)
    private String productKey;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "software_version", nullable = false, length = 100)
    private String softwareVersion;

    @Column(name = "descriptor_id", nullable = false, length = 200)
    private String descriptorId;

    @Column(name = "descriptor_version", nullable = false, length = 100)
    private String descriptorVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DescriptorState state;

    @Column(name = "vdu_count", nullable = false)
    private int vduCount;

    @Column(nullable = false, length = 200)
    private String architectures;

    @Column(name = "model_json", nullable = false, length = 1_000_000)
    private String modelJson;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected CatalogEntry() {
        // for JPA
    }

    public CatalogEntry(UUID id, String actor, Instant now) {
        super(actor, now);
        this.id = id;
        this.state = DescriptorState.DRAFT;
    }

    /** The case-insensitive key of a product: versions of one product share it. */
    public static String productKey(String provider, String productName) {
        return (provider.trim() + "/" + productName.trim()).toLowerCase(Locale.ROOT);
    }

    /** Replaces the descriptor and the columns derived from it. */
    public void describe(Identity identity, String modelJson, String actor, Instant now) {
        this.provider = identity.provider();
        this.productName = identity.productName();
        this.productKey = productKey(identity.provider(), identity.productName());
        this.softwareVersion = identity.softwareVersion();
        this.descriptorId = identity.descriptorId();
        this.descriptorVersion = identity.descriptorVersion();
        this.vduCount = identity.vduCount();
        this.architectures = identity.architectures();
        this.modelJson = modelJson;
        touch(actor, now);
    }

    /** The searchable copy of a descriptor's identity. */
    public record Identity(
            String provider,
            String productName,
            String softwareVersion,
            String descriptorId,
            String descriptorVersion,
            int vduCount,
            String architectures) {}

    public void publish(String actor, Instant now) {
        this.state = DescriptorState.PUBLISHED;
        this.publishedAt = now;
        touch(actor, now);
    }

    public void deprecate(String actor, Instant now) {
        this.state = DescriptorState.DEPRECATED;
        touch(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getProvider() {
        return provider;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductKey() {
        return productKey;
    }

    public String getSoftwareVersion() {
        return softwareVersion;
    }

    public String getDescriptorId() {
        return descriptorId;
    }

    public String getDescriptorVersion() {
        return descriptorVersion;
    }

    public DescriptorState getState() {
        return state;
    }

    public int getVduCount() {
        return vduCount;
    }

    public String getArchitectures() {
        return architectures;
    }

    public String getModelJson() {
        return modelJson;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
