package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A SOL005 PNF descriptor resource: once onboarded, the catalog PNFD it became. SOL005 gives a PNFD no operational
 * state; the shared column stays DISABLED (see {@link #onboarded(Pnfd, Instant)}), so only the usage state decides
 * whether it may be deleted.
 */
@Entity
@Table(name = "pnf_descriptor_info")
public class PnfdInfo extends OnboardedResource {

    @Column(name = "catalog_id")
    private UUID catalogId;

    @Column(name = "pnfd_id", length = 200)
    private String pnfdId;

    @Column(name = "pnfd_name", length = 200)
    private String pnfdName;

    @Column(name = "pnfd_version", length = 100)
    private String pnfdVersion;

    @Column(name = "pnfd_provider", length = 200)
    private String pnfdProvider;

    @Column(name = "pnfd_invariant_id", length = 200)
    private String pnfdInvariantId;

    protected PnfdInfo() {
        // for JPA
    }

    public PnfdInfo(UUID id, String userDefinedJson, String actor, Instant now) {
        super(id, userDefinedJson, actor, now);
    }

    /** The PNFD's identity as the catalog stored it. */
    public record Pnfd(
            UUID catalogId, String pnfdId, String name, String version, String provider, String invariantId) {}

    public void onboarded(Pnfd pnfd, Instant now) {
        this.catalogId = pnfd.catalogId();
        this.pnfdId = pnfd.pnfdId();
        this.pnfdName = pnfd.name();
        this.pnfdVersion = pnfd.version();
        this.pnfdProvider = pnfd.provider();
        this.pnfdInvariantId = pnfd.invariantId();
        onboarded(now);
        // no operational state in SOL005: never "ENABLED", so deleting one needs only that nothing uses it
        modify(Optional.of(OperationalState.DISABLED), Optional.empty(), now);
    }

    public Optional<Pnfd> getPnfd() {
        return Optional.ofNullable(catalogId)
                .map(c -> new Pnfd(c, pnfdId, pnfdName, pnfdVersion, pnfdProvider, pnfdInvariantId));
    }
}
