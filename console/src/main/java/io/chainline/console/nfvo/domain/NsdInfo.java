package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A SOL005 NS descriptor resource: once onboarded, the published service chain version its NSD became. */
@Entity
@Table(name = "ns_descriptor_info")
public class NsdInfo extends OnboardedResource {

    @Column(name = "chain_id")
    private UUID chainId;

    @Column(name = "nsd_id", length = 200)
    private String nsdId;

    @Column(name = "nsd_name", length = 200)
    private String nsdName;

    @Column(name = "nsd_version", length = 100)
    private String nsdVersion;

    @Column(name = "nsd_designer", length = 200)
    private String nsdDesigner;

    /** Set when it onboards; a resource onboarded before issue 23 has none. */
    @Embedded
    private ImportCheck check;

    protected NsdInfo() {
        // for JPA
    }

    public NsdInfo(UUID id, String userDefinedJson, String actor, Instant now) {
        super(id, userDefinedJson, actor, now);
    }

    /** The NSD's identity as the chain designer stored it. */
    public record Nsd(UUID chainId, String nsdId, String name, String version, String designer) {}

    public void onboarded(Nsd nsd, Instant now) {
        this.chainId = nsd.chainId();
        this.nsdId = nsd.nsdId();
        this.nsdName = nsd.name();
        this.nsdVersion = nsd.version();
        this.nsdDesigner = nsd.designer();
        onboarded(now);
    }

    public Optional<Nsd> getNsd() {
        return Optional.ofNullable(chainId).map(c -> new Nsd(c, nsdId, nsdName, nsdVersion, nsdDesigner));
    }

    /** The profile and warnings of the check it onboarded with. */
    public void checked(ImportCheck how) {
        this.check = how;
    }

    public Optional<ImportCheck> getCheck() {
        return Optional.ofNullable(check).filter(c -> c.getProfile() != null);
    }
}
