package io.chainline.console.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an import said about the VNFD draft or PNFD it stored (issue 23): the file and its SHA-256, the profile it was
 * judged by, whether an ADMIN overrode its signature, who and when, and its findings. Written once, in the transaction
 * that stores the descriptor; it goes with the descriptor (ON DELETE CASCADE).
 */
@Entity
@Table(name = "descriptor_import")
public class DescriptorImport {

    /** The file as the user chose it: its name and SHA-256. */
    public record Source(String fileName, String sha256) {}

    @Id
    private UUID id;

    @Column(name = "vnf_id")
    private UUID vnfId;

    @Column(name = "pnf_id")
    private UUID pnfId;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 16)
    private String profile;

    @Column(name = "signature_overridden", nullable = false)
    private boolean signatureOverridden;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "descriptor_import_finding", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "seq")
    private List<ImportFinding> findings = new ArrayList<>();

    protected DescriptorImport() {
        // for JPA
    }

    /** @param pnf whether {@code descriptor} is a PNFD's id (else a VNFD version's) */
    public DescriptorImport(
            UUID descriptor,
            boolean pnf,
            Source source,
            String profile,
            boolean signatureOverridden,
            String actor,
            Instant now,
            List<ImportFinding> findings) {
        this.id = UUID.randomUUID();
        this.vnfId = pnf ? null : descriptor;
        this.pnfId = pnf ? descriptor : null;
        this.fileName = source.fileName().length() <= 500
                ? source.fileName()
                : source.fileName().substring(0, 500);
        this.sha256 = source.sha256();
        this.profile = profile;
        this.signatureOverridden = signatureOverridden;
        this.importedBy = actor;
        this.importedAt = now;
        this.findings = new ArrayList<>(findings);
    }

    public UUID getId() {
        return id;
    }

    public Optional<UUID> getVnfId() {
        return Optional.ofNullable(vnfId);
    }

    public Optional<UUID> getPnfId() {
        return Optional.ofNullable(pnfId);
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public String getProfile() {
        return profile;
    }

    public boolean isSignatureOverridden() {
        return signatureOverridden;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public List<ImportFinding> getFindings() {
        return List.copyOf(findings);
    }
}
