package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.CatalogEntry;
import io.chainline.console.catalog.domain.CatalogEntryRepository;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
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
    /** The unique key on (product, descriptor version), V002; databases quote it in either case. */
    private static final String VERSION_CONSTRAINT = "uk_vnf_descriptor_product_version";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CatalogEntryRepository entries;
    private final ModelJson json;
    private final DesignCheck check;
    private final AuditLog audit;
    private final ObjectProvider<DescriptorUsage> usages;
    private final Clock clock;

    CatalogService(
            CatalogEntryRepository entries,
            ModelJson json,
            DesignCheck check,
            AuditLog audit,
            ObjectProvider<DescriptorUsage> usages,
            Clock clock) {
        this.entries = entries;
        this.json = json;
        this.check = check;
        this.audit = audit;
        this.usages = usages;
        this.clock = clock;
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
        requireUniqueVersion(descriptor.identity(), null);
        CatalogEntry entry = new CatalogEntry(UUID.randomUUID(), actor, clock.instant());
        entry.describe(Identities.of(descriptor), json.write(descriptor), actor, clock.instant());
        CatalogEntry saved = saveUnique(entry, descriptor.identity());
        audit.record(actor, "vnf.created", TARGET, saved.getId().toString(), describe(saved));
        return VnfSummary.of(saved);
    }

    /** Replaces a draft's descriptor; {@code readVersion} is the version the caller's edit started from. */
    public VnfSummary saveDraft(UUID id, long readVersion, VnfDescriptor descriptor, String actor) {
        CatalogEntry entry = loadForChange(id, readVersion);
        if (entry.getState() != DescriptorState.DRAFT) {
            throw new ChainlineException(
                    "CATALOG-IMMUTABLE",
                    Category.CONFLICT,
                    describe(entry) + " is " + entry.getState().name().toLowerCase(Locale.ROOT)
                            + " and never changes; create a new version to edit it.");
        }
        requireUniqueVersion(descriptor.identity(), entry);
        entry.describe(Identities.of(descriptor), json.write(descriptor), actor, clock.instant());
        CatalogEntry saved = saveUnique(entry, descriptor.identity());
        audit.record(actor, "vnf.draft-saved", TARGET, id.toString(), describe(saved));
        return VnfSummary.of(saved);
    }

    /** Publishes a draft that passes every check; from then on it never changes. */
    public VnfSummary publish(UUID id, long readVersion, String actor) {
        CatalogEntry entry = loadForChange(id, readVersion);
        if (entry.getState() != DescriptorState.DRAFT) {
            throw new ChainlineException(
                    "CATALOG-NOT-DRAFT", Category.CONFLICT, describe(entry) + " is not a draft; only drafts publish.");
        }
        Publishability verdict = check.publishability(json.readVnf(entry.getModelJson()));
        List<DesignIssue> errors = verdict.errors();
        if (!verdict.publishable()) {
            throw new ChainlineException(
                    "CATALOG-INVALID",
                    Category.INVALID,
                    describe(entry) + " cannot be published while it has " + errors.size() + " error(s); first: "
                            + errors.getFirst().code() + " " + errors.getFirst().message());
        }
        entry.publish(actor, clock.instant());
        audit.record(actor, "vnf.published", TARGET, id.toString(), describe(entry));
        return VnfSummary.of(entries.saveAndFlush(entry));
    }

    public VnfSummary deprecate(UUID id, long readVersion, String actor) {
        CatalogEntry entry = loadForChange(id, readVersion);
        if (entry.getState() != DescriptorState.PUBLISHED) {
            throw new ChainlineException(
                    "CATALOG-NOT-PUBLISHED",
                    Category.CONFLICT,
                    describe(entry) + " is not published; only published" + " versions are deprecated.");
        }
        entry.deprecate(actor, clock.instant());
        audit.record(actor, "vnf.deprecated", TARGET, id.toString(), describe(entry));
        return VnfSummary.of(entries.saveAndFlush(entry));
    }

    /** A new draft version of the same product, from any version: how a published descriptor is edited. */
    public VnfSummary newVersion(UUID id, String descriptorVersion, String actor) {
        VnfDescriptor source = get(id).descriptor();
        VnfIdentity from = source.identity();
        VnfDescriptor next = Identities.with(
                source,
                new VnfIdentity(
                        from.nodeType(),
                        UUID.randomUUID().toString(),
                        descriptorVersion,
                        from.provider(),
                        from.productName(),
                        from.softwareVersion(),
                        from.productInfoName(),
                        from.vnfmInfo()));
        VnfSummary created = createDraft(next, actor);
        audit.record(actor, "vnf.versioned", TARGET, created.id().toString(), "from " + id);
        return created;
    }

    /** A copy as a new product (a new descriptor id), starting as a draft. */
    public VnfSummary cloneAsProduct(UUID id, String productName, String actor) {
        VnfDescriptor source = get(id).descriptor();
        VnfDescriptor copy = Identities.renamed(source, productName);
        VnfSummary created = createDraft(copy, actor);
        audit.record(actor, "vnf.cloned", TARGET, created.id().toString(), "from " + id);
        return created;
    }

    public void delete(UUID id, long readVersion, String actor) {
        CatalogEntry entry = loadForChange(id, readVersion);
        List<String> users =
                usages.orderedStream().flatMap(u -> u.usersOf(id).stream()).toList();
        if (!users.isEmpty()) {
            throw new ChainlineException(
                    "CATALOG-IN-USE",
                    Category.CONFLICT,
                    describe(entry) + " is used by " + String.join(", ", users) + "; remove those uses first.");
        }
        entries.delete(entry);
        audit.record(actor, "vnf.deleted", TARGET, id.toString(), describe(entry));
    }

    private CatalogEntry load(UUID id) {
        return entries.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-NOT-FOUND", Category.NOT_FOUND, "No catalog version has the id " + id + "."));
    }

    private CatalogEntry loadForChange(UUID id, long readVersion) {
        CatalogEntry entry = load(id);
        if (entry.getVersion() != readVersion) {
            throw new ChainlineException(
                    "CATALOG-CONFLICT",
                    Category.CONFLICT,
                    describe(entry) + " was changed by " + entry.getUpdatedBy() + " at "
                            + WHEN.format(entry.getUpdatedAt())
                            + " after you opened it; reload it to see that change, then repeat yours.");
        }
        return entry;
    }

    /**
     * Saves, answering a version taken meanwhile as the check above would have: two simultaneous imports of one
     * product version both pass {@link #requireUniqueVersion}, and the database's unique key decides between them.
     */
    private CatalogEntry saveUnique(CatalogEntry entry, VnfIdentity identity) {
        try {
            return entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            if (!isVersionCollision(e)) {
                throw e;
            }
            throw versionExists(identity, e);
        }
    }

    static boolean isVersionCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(VERSION_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    private static ChainlineException versionExists(VnfIdentity identity, Throwable cause) {
        return new ChainlineException(
                "CATALOG-VERSION-EXISTS",
                Category.CONFLICT,
                identity.productName() + " by " + identity.provider() + " has a version " + identity.descriptorVersion()
                        + " already; choose another descriptor version.",
                cause);
    }

    private void requireUniqueVersion(VnfIdentity identity, CatalogEntry self) {
        String key = CatalogEntry.productKey(identity.provider(), identity.productName());
        boolean sameAsSelf = self != null
                && self.getProductKey().equals(key)
                && self.getDescriptorVersion().equals(identity.descriptorVersion());
        if (!sameAsSelf && entries.existsByProductKeyAndDescriptorVersion(key, identity.descriptorVersion())) {
            throw versionExists(identity, null);
        }
    }

    private static String pattern(CatalogQuery query) {
        return query.text().isEmpty() ? "" : "%" + query.text().toLowerCase(Locale.ROOT) + "%";
    }

    static String describe(CatalogEntry entry) {
        return entry.getProductName() + " " + entry.getDescriptorVersion();
    }
}
