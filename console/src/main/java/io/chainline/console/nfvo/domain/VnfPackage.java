package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A SOL005 VNF package: once onboarded, the published catalog version its VNFD became. */
@Entity
@Table(name = "vnf_package")
public class VnfPackage extends OnboardedResource {

    @Column(name = "catalog_id")
    private UUID catalogId;

    @Column(name = "vnfd_id", length = 200)
    private String vnfdId;

    @Column(name = "vnf_provider", length = 200)
    private String vnfProvider;

    @Column(name = "vnf_product_name", length = 200)
    private String vnfProductName;

    @Column(name = "vnf_software_version", length = 100)
    private String vnfSoftwareVersion;

    @Column(name = "vnfd_version", length = 100)
    private String vnfdVersion;

    /** Set when it onboards; a resource onboarded before issue 23 has none. */
    @Embedded
    private ImportCheck check;

    protected VnfPackage() {
        // for JPA
    }

    public VnfPackage(UUID id, String userDefinedJson, String actor, Instant now) {
        super(id, userDefinedJson, actor, now);
    }

    /** The VNFD's identity as the catalog stored it. */
    public record Vnfd(
            UUID catalogId,
            String vnfdId,
            String provider,
            String productName,
            String softwareVersion,
            String version) {}

    public void onboarded(Vnfd vnfd, Instant now) {
        this.catalogId = vnfd.catalogId();
        this.vnfdId = vnfd.vnfdId();
        this.vnfProvider = vnfd.provider();
        this.vnfProductName = vnfd.productName();
        this.vnfSoftwareVersion = vnfd.softwareVersion();
        this.vnfdVersion = vnfd.version();
        onboarded(now);
    }

    public Optional<Vnfd> getVnfd() {
        return Optional.ofNullable(catalogId)
                .map(c -> new Vnfd(c, vnfdId, vnfProvider, vnfProductName, vnfSoftwareVersion, vnfdVersion));
    }

    /** The profile and warnings of the check it onboarded with. */
    public void checked(ImportCheck how) {
        this.check = how;
    }

    public Optional<ImportCheck> getCheck() {
        return Optional.ofNullable(check).filter(c -> c.getProfile() != null);
    }
}
