package io.chainline.console.catalog.service;

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
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;

/** The catalog's VNF versions as the design lifecycle sees them: stored, named, checked and copied the catalog's way. */
final class VnfDesignPort implements DesignLifecycle.Port<CatalogEntry, VnfDescriptor, VnfSummary> {

    /** The unique key on (product, descriptor version), V002; databases quote it in either case. */
    private static final String VERSION_CONSTRAINT = "uk_vnf_descriptor_product_version";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CatalogEntryRepository entries;
    private final ModelJson json;
    private final DesignCheck check;
    private final ObjectProvider<DescriptorUsage> usages;
    private final Clock clock;

    VnfDesignPort(
            CatalogEntryRepository entries,
            ModelJson json,
            DesignCheck check,
            ObjectProvider<DescriptorUsage> usages,
            Clock clock) {
        this.entries = entries;
        this.json = json;
        this.check = check;
        this.usages = usages;
        this.clock = clock;
    }

    @Override
    public String codePrefix() {
        return "CATALOG";
    }

    @Override
    public String auditArea() {
        return "vnf";
    }

    @Override
    public String auditTarget() {
        return CatalogService.TARGET;
    }

    @Override
    public String notFound(UUID id) {
        return "No catalog version has the id " + id + ".";
    }

    @Override
    public Optional<CatalogEntry> find(UUID id) {
        return entries.findById(id);
    }

    /**
     * Saves, answering a version taken meanwhile as the check in {@link #describe} would have: two simultaneous
     * imports of one product version both pass it, and the database's unique key decides between them.
     */
    @Override
    public CatalogEntry save(CatalogEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            if (!isVersionCollision(e)) {
                throw e;
            }
            throw versionExists(entry.getProductName(), entry.getProvider(), entry.getDescriptorVersion(), e);
        }
    }

    @Override
    public void delete(CatalogEntry entry) {
        entries.delete(entry);
    }

    @Override
    public UUID id(CatalogEntry entry) {
        return entry.getId();
    }

    @Override
    public long version(CatalogEntry entry) {
        return entry.getVersion();
    }

    @Override
    public DescriptorState state(CatalogEntry entry) {
        return entry.getState();
    }

    @Override
    public String label(CatalogEntry entry) {
        return CatalogService.describe(entry);
    }

    @Override
    public String changedMeanwhile(CatalogEntry entry) {
        return label(entry) + " was changed by " + entry.getUpdatedBy() + " at " + WHEN.format(entry.getUpdatedAt())
                + " after you opened it; reload it to see that change, then repeat yours.";
    }

    @Override
    public VnfSummary summary(CatalogEntry entry) {
        return VnfSummary.of(entry);
    }

    @Override
    public VnfDescriptor descriptor(CatalogEntry entry) {
        return json.readVnf(entry.getModelJson());
    }

    @Override
    public CatalogEntry newDraft(VnfDescriptor descriptor, String actor) {
        CatalogEntry entry = new CatalogEntry(UUID.randomUUID(), actor, clock.instant());
        describe(entry, descriptor, actor, null);
        return entry;
    }

    @Override
    public void describe(CatalogEntry entry, VnfDescriptor descriptor, String actor) {
        describe(entry, descriptor, actor, entry);
    }

    private void describe(CatalogEntry entry, VnfDescriptor descriptor, String actor, CatalogEntry self) {
        requireUniqueVersion(descriptor.identity(), self);
        entry.describe(Identities.of(descriptor), json.write(descriptor), actor, clock.instant());
    }

    @Override
    public void requirePublishable(CatalogEntry entry) {
        Publishability verdict = check.publishability(descriptor(entry));
        List<DesignIssue> errors = verdict.errors();
        if (!verdict.publishable()) {
            throw new ChainlineException(
                    "CATALOG-INVALID",
                    Category.INVALID,
                    label(entry) + " cannot be published while it has " + errors.size() + " error(s); first: "
                            + errors.getFirst().code() + " " + errors.getFirst().message());
        }
    }

    @Override
    public void requireDeletable(CatalogEntry entry) {
        List<String> users = usages.orderedStream()
                .flatMap(u -> u.usersOf(entry.getId()).stream())
                .toList();
        if (!users.isEmpty()) {
            throw new ChainlineException(
                    "CATALOG-IN-USE",
                    Category.CONFLICT,
                    label(entry) + " is used by " + String.join(", ", users) + "; remove those uses first.");
        }
    }

    @Override
    public VnfDescriptor nextVersion(VnfDescriptor source, String descriptorVersion) {
        VnfIdentity from = source.identity();
        return Identities.with(
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
    }

    @Override
    public VnfDescriptor copyAs(VnfDescriptor source, String productName) {
        return Identities.renamed(source, productName);
    }

    @Override
    public void markPublished(CatalogEntry entry, String actor) {
        entry.publish(actor, clock.instant());
    }

    @Override
    public void markDeprecated(CatalogEntry entry, String actor) {
        entry.deprecate(actor, clock.instant());
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

    private static ChainlineException versionExists(
            String productName, String provider, String descriptorVersion, Throwable cause) {
        return new ChainlineException(
                "CATALOG-VERSION-EXISTS",
                Category.CONFLICT,
                productName + (provider.isBlank() ? " (no provider)" : " by " + provider) + " has a version "
                        + (descriptorVersion.isBlank() ? "without a descriptor version" : descriptorVersion)
                        + " already; choose another descriptor version.",
                cause);
    }

    private void requireUniqueVersion(VnfIdentity identity, CatalogEntry self) {
        String key = CatalogEntry.productKey(identity.provider(), identity.productName());
        boolean sameAsSelf = self != null
                && self.getProductKey().equals(key)
                && self.getDescriptorVersion().equals(identity.descriptorVersion());
        if (!sameAsSelf && entries.existsByProductKeyAndDescriptorVersion(key, identity.descriptorVersion())) {
            throw versionExists(identity.productName(), identity.provider(), identity.descriptorVersion(), null);
        }
    }
}
