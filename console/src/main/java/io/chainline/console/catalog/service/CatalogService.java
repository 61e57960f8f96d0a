package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.catalog.domain.CatalogEntry;
import io.chainline.console.catalog.domain.CatalogEntryRepository;
import io.chainline.tosca.model.VnfDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The VNF catalog: drafts that change, published versions that never do, deprecated ones kept for what uses them.
 * Every change names the version the caller last read, so two people editing one draft get a conflict, never a lost
 * update; every change is recorded in the audit log.
 */
@Service
@Transactional
public class CatalogService {

    static final String TARGET = "vnf-descriptor";

    private final CatalogEntryRepository entries;
    private final ModelJson json;
    private final DesignLifecycle<CatalogEntry, VnfDescriptor, VnfSummary> lifecycle;

    CatalogService(
            CatalogEntryRepository entries,
            ModelJson json,
            DesignCheck check,
            AuditLog audit,
            ObjectProvider<DescriptorUsage> usages,
            Clock clock) {
        this.entries = entries;
        this.json = json;
        this.lifecycle = new DesignLifecycle<>(new VnfDesignPort(entries, json, check, usages, clock), audit::record);
    }

    @Transactional(readOnly = true)
    public List<VnfSummary> search(CatalogQuery query, int offset, int limit, Sort sort) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size, sort.isUnsorted() ? Sort.by("productName") : sort);
        return entries.search(pattern(query), query.state().orElse(null), page).stream()
                .map(VnfSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(CatalogQuery query) {
        return entries.countSearch(pattern(query), query.state().orElse(null));
    }

    @Transactional(readOnly = true)
    public VnfVersion get(UUID id) {
        CatalogEntry entry = load(id);
        return new VnfVersion(VnfSummary.of(entry), json.readVnf(entry.getModelJson()));
    }

    /** The version carrying a SOL001 descriptor id, which is how network services reference VNFDs. */
    @Transactional(readOnly = true)
    public java.util.Optional<VnfSummary> findByDescriptorId(String descriptorId) {
        return entries.findFirstByDescriptorId(descriptorId).map(VnfSummary::of);
    }

    /** Every version of the product the given version belongs to, oldest first. */
    @Transactional(readOnly = true)
    public List<VnfSummary> versionsOf(UUID id) {
        return entries.findByProductKeyOrderByCreatedAtAsc(load(id).getProductKey()).stream()
                .map(VnfSummary::of)
                .toList();
    }

    public VnfSummary createDraft(VnfDescriptor descriptor, String actor) {
        return lifecycle.createDraft(descriptor, actor);
    }

    /** Replaces a draft's descriptor; {@code readVersion} is the version the caller's edit started from. */
    public VnfSummary saveDraft(UUID id, long readVersion, VnfDescriptor descriptor, String actor) {
        return lifecycle.saveDraft(id, readVersion, descriptor, actor);
    }

    /** Publishes a draft that passes every check; from then on it never changes. */
    public VnfSummary publish(UUID id, long readVersion, String actor) {
        return lifecycle.publish(id, readVersion, actor);
    }

    public VnfSummary deprecate(UUID id, long readVersion, String actor) {
        return lifecycle.deprecate(id, readVersion, actor);
    }

    /** A new draft version of the same product, from any version: how a published descriptor is edited. */
    public VnfSummary newVersion(UUID id, String descriptorVersion, String actor) {
        return lifecycle.newVersion(id, descriptorVersion, actor);
    }

    /** A copy as a new product (a new descriptor id), starting as a draft. */
    public VnfSummary cloneAsProduct(UUID id, String productName, String actor) {
        return lifecycle.copyAs(id, productName, actor);
    }

    public void delete(UUID id, long readVersion, String actor) {
        lifecycle.delete(id, readVersion, actor);
    }

    private CatalogEntry load(UUID id) {
        return lifecycle.load(id);
    }

    private static String pattern(CatalogQuery query) {
        return query.text().isEmpty() ? "" : "%" + query.text().toLowerCase(Locale.ROOT) + "%";
    }

    static String describe(CatalogEntry entry) {
        return entry.getProductName() + " " + entry.getDescriptorVersion();
    }
}
