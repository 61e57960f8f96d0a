package io.chainline.console.chain.domain;

import io.chainline.console.base.domain.Stamped;
import io.chainline.console.catalog.domain.DescriptorState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** One network service descriptor version: the engine's NSD model as JSON, and the catalog versions it uses. */
@Entity
@Table(name = "ns_descriptor")
public class ChainEntry extends Stamped {

    @Id
    private UUID id;

    @Column(name = "name_key", nullable = false, length = 420)
    private String nameKey;

    @Column(nullable = false, length = 200)
    private String designer;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "ns_version", nullable = false, length = 100)
    private String nsVersion;

    @Column(name = "descriptor_id", nullable = false, length = 200)
    private String descriptorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DescriptorState state = DescriptorState.DRAFT;

    @Column(name = "vnf_count", nullable = false)
    private int vnfCount;

    @Column(name = "model_json", nullable = false, length = 1_000_000)
    private String modelJson;

    @ElementCollection
    @CollectionTable(name = "ns_vnf_use", joinColumns = @JoinColumn(name = "ns_id"))
    @Column(name = "vnf_catalog_id")
    private Set<UUID> vnfCatalogIds = new HashSet<>();

    protected ChainEntry() {
        // for JPA
    }

    public ChainEntry(UUID id, String actor, Instant now) {
        super(actor, now);
        this.id = id;
    }

    public static String nameKey(String designer, String name) {
        return (designer.trim() + "/" + name.trim()).toLowerCase(Locale.ROOT);
    }

    public void describe(
            String designer,
            String name,
            String nsVersion,
            String descriptorId,
            int vnfCount,
            String modelJson,
            Set<UUID> uses,
            String actor,
            Instant now) {
        this.designer = designer;
        this.name = name;
        this.nameKey = nameKey(designer, name);
        this.nsVersion = nsVersion;
        this.descriptorId = descriptorId;
        this.vnfCount = vnfCount;
        this.modelJson = modelJson;
        this.vnfCatalogIds.clear();
        this.vnfCatalogIds.addAll(uses);
        touch(actor, now);
    }

    public void publish(String actor, Instant now) {
        this.state = DescriptorState.PUBLISHED;
        touch(actor, now);
    }

    public void deprecate(String actor, Instant now) {
        this.state = DescriptorState.DEPRECATED;
        touch(actor, now);
    }

    public UUID getId() {
        return id;
    }

    public String getDesigner() {
        return designer;
    }

    public String getName() {
        return name;
    }

    public String getNsVersion() {
        return nsVersion;
    }

    public String getDescriptorId() {
        return descriptorId;
    }

    public DescriptorState getState() {
        return state;
    }

    public int getVnfCount() {
        return vnfCount;
    }

    public String getModelJson() {
        return modelJson;
    }
}
