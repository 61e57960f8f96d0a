package io.chainline.console.chain.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DesignLifecycle;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.chain.domain.ChainEntry;
import io.chainline.console.chain.domain.ChainEntryRepository;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The chain designer's network service versions as the design lifecycle sees them. */
final class NsDesignPort implements DesignLifecycle.Port<ChainEntry, NsDescriptor, ChainSummary> {

    private final ChainEntryRepository entries;
    private final CatalogService catalog;
    private final ModelJson json;
    private final Function<NsDescriptor, ChainReadiness> readiness;
    private final Clock clock;

    NsDesignPort(
            ChainEntryRepository entries,
            CatalogService catalog,
            ModelJson json,
            Function<NsDescriptor, ChainReadiness> readiness,
            Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.json = json;
        this.readiness = readiness;
        this.clock = clock;
    }

    @Override
    public String codePrefix() {
        return "CHAIN";
    }

    @Override
    public String auditArea() {
        return "chain";
    }

    @Override
    public String auditTarget() {
        return ChainService.TARGET;
    }

    @Override
    public String notFound(UUID id) {
        return "No service chain version has the id " + id + ".";
    }

    @Override
    public Optional<ChainEntry> find(UUID id) {
        return entries.findById(id);
    }

    @Override
    public ChainEntry save(ChainEntry entry) {
        return entries.saveAndFlush(entry);
    }

    @Override
    public void delete(ChainEntry entry) {
        entries.delete(entry);
    }

    @Override
    public UUID id(ChainEntry entry) {
        return entry.getId();
    }

    @Override
    public long version(ChainEntry entry) {
        return entry.getVersion();
    }

    @Override
    public DescriptorState state(ChainEntry entry) {
        return entry.getState();
    }

    @Override
    public String label(ChainEntry entry) {
        return entry.getName() + " " + entry.getNsVersion();
    }

    @Override
    public String changedMeanwhile(ChainEntry entry) {
        return label(entry) + " was changed by " + entry.getUpdatedBy()
                + " after you opened it; reload it, then repeat your change.";
    }

    @Override
    public ChainSummary summary(ChainEntry entry) {
        return ChainSummary.of(entry);
    }

    @Override
    public NsDescriptor descriptor(ChainEntry entry) {
        return json.readNs(entry.getModelJson());
    }

    @Override
    public ChainEntry newDraft(NsDescriptor ns, String actor) {
        NsIdentity id = ns.identity();
        if (entries.existsByNameKeyAndNsVersion(ChainEntry.nameKey(id.designer(), id.name()), id.version())) {
            throw new ChainlineException(
                    "CHAIN-VERSION-EXISTS",
                    Category.CONFLICT,
                    id.name() + " by " + id.designer() + " has a version " + id.version() + " already.");
        }
        ChainEntry entry = new ChainEntry(UUID.randomUUID(), actor, clock.instant());
        describe(entry, ns, actor);
        return entry;
    }

    @Override
    public void describe(ChainEntry entry, NsDescriptor ns, String actor) {
        Set<UUID> uses = new LinkedHashSet<>();
        ns.vnfs().forEach(v -> catalog.findByDescriptorId(v.descriptorId()).ifPresent(s -> uses.add(s.id())));
        NsIdentity id = ns.identity();
        entry.describe(
                id.designer(),
                id.name(),
                id.version(),
                id.descriptorId(),
                ns.vnfs().size(),
                json.write(ns),
                uses,
                actor,
                clock.instant());
    }

    @Override
    public void requirePublishable(ChainEntry entry) {
        ChainReadiness verdict = readiness.apply(descriptor(entry));
        if (!verdict.publishable()) {
            ChainReadiness.Finding first = verdict.blocking().orElseThrow();
            throw new ChainlineException(
                    "CHAIN-INVALID",
                    Category.INVALID,
                    label(entry) + " cannot be published with " + verdict.errors() + " error(s); first: "
                            + first.describe());
        }
    }

    @Override
    public void requireDeletable(ChainEntry entry) {
        // the chain designer has never refused deleting a version for its uses; nothing changes here
    }

    @Override
    public NsDescriptor nextVersion(NsDescriptor source, String nsVersion) {
        NsIdentity from = source.identity();
        return withIdentity(
                source,
                new NsIdentity(
                        from.nodeType(),
                        UUID.randomUUID().toString(),
                        from.designer(),
                        nsVersion,
                        from.name(),
                        from.invariantId(),
                        from.flavourId()));
    }

    /** A new service of its own: new name, descriptor and invariant ids, version 1.0. */
    @Override
    public NsDescriptor copyAs(NsDescriptor source, String name) {
        if (name == null || name.isBlank()) {
            throw new ChainlineException("CHAIN-FIELD-MISSING", Category.INVALID, "Give the new service a name.");
        }
        return withIdentity(
                source, ChainEdits.blank(name, source.identity().designer()).identity());
    }

    @Override
    public void markPublished(ChainEntry entry, String actor) {
        entry.publish(actor, clock.instant());
    }

    @Override
    public void markDeprecated(ChainEntry entry, String actor) {
        entry.deprecate(actor, clock.instant());
    }

    private static NsDescriptor withIdentity(NsDescriptor source, NsIdentity identity) {
        return new NsDescriptor(
                identity,
                source.vnfs(),
                source.saps(),
                source.virtualLinks(),
                source.forwarders(),
                source.forwardingGraphs(),
                source.exposed(),
                source.pnfs());
    }
}
