package io.chainline.console.catalog.domain;

import io.chainline.console.base.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One PNF descriptor in the catalog (a CPE, a router: physical, never deployed). The descriptor is the engine's model
 * as JSON in {@code modelJson}; the other columns copy its identity for listing and for the one-row-per-descriptor-id
 * constraint.
 */
@Entity
@Table(name = "pnf_descriptor")
public class PnfEntry extends Stamped {

    @Id
    private UUID id;

    @Column(name = "descriptor_id", nullable = false, length = 200)
    private String descriptorId;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "descriptor_version", nullable = false, length = 100)
    private String descriptorVersion;

    @Column(name = "invariant_id", nullable = false, length = 200)
    private String invariantId;

    /** The external connection points' names, comma-separated, for the list. */
    @Column(name = "ext_cps", nullable = false, length = 2000)
    private String extCps;

    @Column(name = "model_json", nullable = false, length = 1_000_000)
    private String modelJson;

    protected PnfEntry() {
        // for JPA
    }

    public PnfEntry(UUID id, Identity identity, String modelJson, String actor, Instant now) {
        super(actor, now);
        this.id = id;
        this.descriptorId = identity.descriptorId();
        this.provider = identity.provider();
        this.name = identity.name();
        this.descriptorVersion = identity.version();
        this.invariantId = identity.invariantId();
        this.extCps = identity.extCps();
        this.modelJson = modelJson;
    }

    /** The listed copy of a PNFD's identity. */
    public record Identity(
            String descriptorId, String provider, String name, String version, String invariantId, String extCps) {}

    public UUID getId() {
        return id;
    }

    public String getDescriptorId() {
        return descriptorId;
    }

    public String getProvider() {
        return provider;
    }

    public String getName() {
        return name;
    }

    public String getDescriptorVersion() {
        return descriptorVersion;
    }

    public String getInvariantId() {
        return invariantId;
    }

    public String getExtCps() {
        return extCps;
    }

    public String getModelJson() {
        return modelJson;
    }
}
