package io.chainline.console.chain.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.catalog.service.ToscaEngines;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.domain.ChainEntry;
import io.chainline.console.chain.domain.ChainEntryRepository;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfProfileRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network services (service chains) built from catalog VNF versions. Like the catalog: drafts change, published
 * versions never do, every change names the version it started from and is audited. A chain publishes only when its
 * SOL001 is valid, its chain rules hold and every VNF it uses is a published catalog version.
 */
@Service
@Transactional
public class ChainService {

    static final String TARGET = "ns-descriptor";

    private final ChainEntryRepository entries;
    private final CatalogService catalog;
    private final ModelJson json;
    private final ToscaEngines engines;
    private final AuditLog audit;
    private final Clock clock;

    ChainService(
            ChainEntryRepository entries,
            CatalogService catalog,
            ModelJson json,
            ToscaEngines engines,
            AuditLog audit,
            Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.json = json;
        this.engines = engines;
        this.audit = audit;
        this.clock = clock;
    }

    /** A version with its descriptor. */
    public record ChainVersion(ChainSummary summary, NsDescriptor descriptor) {}

    @Transactional(readOnly = true)
    public List<ChainSummary> list() {
        return entries.findAllByOrderByNameAscNsVersionAsc().stream()
                .map(ChainSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public ChainVersion get(UUID id) {
        ChainEntry entry = load(id);
        return new ChainVersion(ChainSummary.of(entry), json.readNs(entry.getModelJson()));
    }

    public ChainSummary createDraft(NsDescriptor ns, String actor) {
        NsIdentity id = ns.identity();
        if (entries.existsByNameKeyAndNsVersion(ChainEntry.nameKey(id.designer(), id.name()), id.version())) {
            throw new ChainlineException(
                    "CHAIN-VERSION-EXISTS",
                    Category.CONFLICT,
                    id.name() + " by " + id.designer() + " has a version " + id.version() + " already.");
        }
        ChainEntry entry = new ChainEntry(UUID.randomUUID(), actor, clock.instant());
        describe(entry, ns, actor);
        ChainEntry saved = entries.saveAndFlush(entry);
        audit.record(actor, "chain.created", TARGET, saved.getId().toString(), id.name() + " " + id.version());
        return ChainSummary.of(saved);
    }

    public ChainSummary saveDraft(UUID id, long readVersion, NsDescriptor ns, String actor) {
        ChainEntry entry = loadForChange(id, readVersion);
        if (entry.getState() != DescriptorState.DRAFT) {
            throw new ChainlineException(
                    "CHAIN-IMMUTABLE",
                    Category.CONFLICT,
                    entry.getName() + " " + entry.getNsVersion()
                            + " is published and never changes; create a new version to edit it.");
        }
        describe(entry, ns, actor);
        audit.record(actor, "chain.draft-saved", TARGET, id.toString(), entry.getName() + " " + entry.getNsVersion());
        return ChainSummary.of(entries.saveAndFlush(entry));
    }

    /** Everything that keeps the chain from publishing, with the TOSCA engine's codes. */
    @Transactional(readOnly = true)
    public List<Issue> problems(NsDescriptor ns) {
        List<Issue> problems = new ArrayList<>(engines.engine().checkChain(ns));
        problems.addAll(
                engines.engine().export(ns, Sol001Edition.DEFAULT).report().issues());
        for (VnfProfileRef vnf : ns.vnfs()) {
            Optional<VnfSummary> used = catalog.findByDescriptorId(vnf.descriptorId());
            if (used.isEmpty() || used.get().state() != DescriptorState.PUBLISHED) {
                problems.add(new Issue(
                        io.chainline.tosca.issue.IssueCode.NS_VNF_NOT_PUBLISHED,
                        io.chainline.tosca.issue.Severity.ERROR,
                        "",
                        0,
                        0,
                        "vnfs." + vnf.node(),
                        "VNF " + vnf.node() + " uses descriptor " + vnf.descriptorId() + ", which is "
                                + used.map(u -> "a " + u.state().name().toLowerCase() + " catalog version")
                                        .orElse("not in the catalog")
                                + "; chains use published VNF versions only."));
            }
        }
        return problems;
    }

    /** Whether the chain may be published and what keeps it from it: the one rule the editor and publish use. */
    @Transactional(readOnly = true)
    public ChainReadiness readiness(NsDescriptor ns) {
        return ChainReadiness.of(ns, problems(ns));
    }

    public ChainSummary publish(UUID id, long readVersion, String actor) {
        ChainEntry entry = loadForChange(id, readVersion);
        ChainReadiness readiness = readiness(json.readNs(entry.getModelJson()));
        if (!readiness.publishable()) {
            ChainReadiness.Finding first = readiness.blocking().orElseThrow();
            throw new ChainlineException(
                    "CHAIN-INVALID",
                    Category.INVALID,
                    entry.getName() + " " + entry.getNsVersion() + " cannot be published with " + readiness.errors()
                            + " error(s); first: " + first.describe());
        }
        entry.publish(actor, clock.instant());
        audit.record(actor, "chain.published", TARGET, id.toString(), entry.getName() + " " + entry.getNsVersion());
        return ChainSummary.of(entries.saveAndFlush(entry));
    }

    public ChainSummary deprecate(UUID id, long readVersion, String actor) {
        ChainEntry entry = loadForChange(id, readVersion);
        if (entry.getState() != DescriptorState.PUBLISHED) {
            throw new ChainlineException(
                    "CHAIN-NOT-PUBLISHED",
                    Category.CONFLICT,
                    entry.getName() + " " + entry.getNsVersion()
                            + " is not published; only published versions are deprecated.");
        }
        entry.deprecate(actor, clock.instant());
        audit.record(actor, "chain.deprecated", TARGET, id.toString(), entry.getName() + " " + entry.getNsVersion());
        return ChainSummary.of(entries.saveAndFlush(entry));
    }

    /** A new draft version of the same service, from any version: how a published chain is edited. */
    public ChainSummary newVersion(UUID id, String nsVersion, String actor) {
        NsDescriptor source = get(id).descriptor();
        NsIdentity from = source.identity();
        NsDescriptor next = new NsDescriptor(
                new NsIdentity(
                        from.nodeType(),
                        UUID.randomUUID().toString(),
                        from.designer(),
                        nsVersion,
                        from.name(),
                        from.invariantId(),
                        from.flavourId()),
                source.vnfs(),
                source.saps(),
                source.virtualLinks(),
                source.forwarders(),
                source.forwardingGraphs(),
                source.exposed());
        ChainSummary created = createDraft(next, actor);
        audit.record(actor, "chain.versioned", TARGET, created.id().toString(), "from " + id);
        return created;
    }

    /** A new service of its own (new name, descriptor and invariant ids, version 1.0) starting as a copy. */
    public ChainSummary cloneAsService(UUID id, String name, String actor) {
        if (name == null || name.isBlank()) {
            throw new ChainlineException("CHAIN-FIELD-MISSING", Category.INVALID, "Give the new service a name.");
        }
        NsDescriptor source = get(id).descriptor();
        NsIdentity fresh = ChainEdits.blank(name, source.identity().designer()).identity();
        NsDescriptor copy = new NsDescriptor(
                fresh,
                source.vnfs(),
                source.saps(),
                source.virtualLinks(),
                source.forwarders(),
                source.forwardingGraphs(),
                source.exposed());
        ChainSummary created = createDraft(copy, actor);
        audit.record(actor, "chain.cloned", TARGET, created.id().toString(), "from " + id);
        return created;
    }

    public void delete(UUID id, long readVersion, String actor) {
        ChainEntry entry = loadForChange(id, readVersion);
        entries.delete(entry);
        audit.record(actor, "chain.deleted", TARGET, id.toString(), entry.getName() + " " + entry.getNsVersion());
    }

    /** Names of the chain versions that use a catalog version ("service chain vCPE 1.0"). */
    @Transactional(readOnly = true)
    public List<String> usersOf(UUID catalogId) {
        return entries.findUsing(catalogId).stream()
                .map(e -> "service chain " + e.getName() + " " + e.getNsVersion())
                .toList();
    }

    private void describe(ChainEntry entry, NsDescriptor ns, String actor) {
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

    private ChainEntry load(UUID id) {
        return entries.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "CHAIN-NOT-FOUND", Category.NOT_FOUND, "No service chain version has the id " + id + "."));
    }

    private ChainEntry loadForChange(UUID id, long readVersion) {
        ChainEntry entry = load(id);
        if (entry.getVersion() != readVersion) {
            throw new ChainlineException(
                    "CHAIN-CONFLICT",
                    Category.CONFLICT,
                    entry.getName() + " " + entry.getNsVersion() + " was changed by " + entry.getUpdatedBy()
                            + " after you opened it; reload it, then repeat your change.");
        }
        return entry;
    }
}
