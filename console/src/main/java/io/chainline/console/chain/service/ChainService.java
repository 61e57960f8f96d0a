package io.chainline.console.chain.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DesignLifecycle;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.ToscaEngines;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.domain.ChainEntry;
import io.chainline.console.chain.domain.ChainEntryRepository;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfProfileRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final PnfCatalog pnfs;
    private final ModelJson json;
    private final ToscaEngines engines;
    private final DesignLifecycle<ChainEntry, NsDescriptor, ChainSummary> lifecycle;

    ChainService(
            ChainEntryRepository entries,
            CatalogService catalog,
            PnfCatalog pnfs,
            ModelJson json,
            ToscaEngines engines,
            AuditLog audit,
            Clock clock) {
        this.entries = entries;
        this.catalog = catalog;
        this.pnfs = pnfs;
        this.json = json;
        this.engines = engines;
        this.lifecycle =
                new DesignLifecycle<>(new NsDesignPort(entries, catalog, json, this::readiness, clock), audit::record);
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
        return lifecycle.createDraft(ns, actor);
    }

    public ChainSummary saveDraft(UUID id, long readVersion, NsDescriptor ns, String actor) {
        return lifecycle.saveDraft(id, readVersion, ns, actor);
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
        problems.addAll(pnfProblems(ns));
        return problems;
    }

    /** Each PNF of the chain names a PNFD of the catalog: what the chain is tied to, as VNFs are to VNF versions. */
    private List<Issue> pnfProblems(NsDescriptor ns) {
        List<Issue> problems = new ArrayList<>();
        for (PnfRef pnf : ns.pnfs()) {
            if (pnfs.byDescriptorId(pnf.descriptorId()).isEmpty()) {
                problems.add(new Issue(
                        io.chainline.tosca.issue.IssueCode.NS_PNF_NOT_IN_CATALOG,
                        io.chainline.tosca.issue.Severity.ERROR,
                        "",
                        0,
                        0,
                        "pnfs." + pnf.node(),
                        "PNF " + pnf.node() + " uses descriptor " + pnf.descriptorId()
                                + ", which is not in the catalog; import that PNFD first."));
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
        return lifecycle.publish(id, readVersion, actor);
    }

    public ChainSummary deprecate(UUID id, long readVersion, String actor) {
        return lifecycle.deprecate(id, readVersion, actor);
    }

    /** A new draft version of the same service, from any version: how a published chain is edited. */
    public ChainSummary newVersion(UUID id, String nsVersion, String actor) {
        return lifecycle.newVersion(id, nsVersion, actor);
    }

    /** A new service of its own (new name, descriptor and invariant ids, version 1.0) starting as a copy. */
    public ChainSummary cloneAsService(UUID id, String name, String actor) {
        return lifecycle.copyAs(id, name, actor);
    }

    public void delete(UUID id, long readVersion, String actor) {
        lifecycle.delete(id, readVersion, actor);
    }

    /** Names of the chain versions that use a catalog version ("service chain vCPE 1.0"). */
    @Transactional(readOnly = true)
    public List<String> usersOf(UUID catalogId) {
        return entries.findUsing(catalogId).stream()
                .map(e -> "service chain " + e.getName() + " " + e.getNsVersion())
                .toList();
    }

    /** Which of these catalog ids a chain version uses, in one query (a SOL005 package page's usageState). */
    @Transactional(readOnly = true)
    public Set<UUID> usedAmong(Collection<UUID> catalogIds) {
        return Set.copyOf(entries.findUsedAmong(catalogIds));
    }

    /** The descriptors of these chain versions, in one query (a SOL005 NSD page's vnfPkgIds); gone ones are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, NsDescriptor> descriptors(Collection<UUID> ids) {
        Map<UUID, NsDescriptor> found = new HashMap<>();
        entries.findAllById(ids).forEach(e -> found.put(e.getId(), json.readNs(e.getModelJson())));
        return found;
    }

    /** Which of these PNFD descriptor ids a chain version includes, reading the chains once. */
    @Transactional(readOnly = true)
    public Set<String> pnfdsUsedAmong(Collection<String> descriptorIds) {
        Set<String> used = new HashSet<>();
        entries.findAll()
                .forEach(e -> json.readNs(e.getModelJson()).pnfs().stream()
                        .map(PnfRef::descriptorId)
                        .filter(descriptorIds::contains)
                        .forEach(used::add));
        return used;
    }

    /** Names of the chain versions that include the PNFD of this descriptor id. */
    @Transactional(readOnly = true)
    public List<String> pnfUsersOf(String descriptorId) {
        return entries.findAllByOrderByNameAscNsVersionAsc().stream()
                .filter(e -> json.readNs(e.getModelJson()).pnfs().stream()
                        .anyMatch(p -> p.descriptorId().equals(descriptorId)))
                .map(e -> "service chain " + e.getName() + " " + e.getNsVersion())
                .toList();
    }

    private ChainEntry load(UUID id) {
        return lifecycle.load(id);
    }
}
