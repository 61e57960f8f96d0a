package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.domain.PnfEntry;
import io.chainline.console.catalog.domain.PnfEntryRepository;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.PackageExport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.Sol001Edition;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's PNF descriptors: stored as the engine read them (no drafts: a PNFD describes a box that exists, so
 * there is nothing to design), listed, exported as SOL001 YAML or CSAR, and deleted when no chain uses them.
 */
@Service
public class PnfCatalog {

    private final PnfEntryRepository entries;
    private final ModelJson json;
    private final ToscaEngines engines;
    private final AuditLog audit;
    private final ObjectProvider<PnfUsage> usages;
    private final ImportRecords records;
    private final Clock clock;

    PnfCatalog(
            PnfEntryRepository entries,
            ModelJson json,
            ToscaEngines engines,
            AuditLog audit,
            ObjectProvider<PnfUsage> usages,
            ImportRecords records,
            Clock clock) {
        this.entries = entries;
        this.json = json;
        this.engines = engines;
        this.audit = audit;
        this.usages = usages;
        this.records = records;
        this.clock = clock;
    }

    /** A PNFD and its summary. */
    public record PnfVersion(PnfSummary summary, PnfDescriptor descriptor) {}

    /** What importing a PNFD did: stored, or rejected with the engine's issues (nothing stored). */
    public record PnfImport(boolean accepted, List<Issue> issues, Optional<PnfSummary> stored, Profile profile) {
        public PnfImport {
            issues = List.copyOf(issues);
        }
    }

    /**
     * Validates a SOL001 YAML or CSAR by the console's import profile and stores it when it is an accepted PNFD (one
     * transaction: store is ours).
     */
    @Transactional
    public PnfImport importFile(String fileName, byte[] bytes, String actor) {
        ImportResult result = engines.importing().importYaml(fileName, bytes);
        if (!result.report().accepted()) {
            return new PnfImport(false, result.report().issues(), Optional.empty(), engines.importProfile());
        }
        Descriptor descriptor = result.descriptor().orElse(null);
        if (!(descriptor instanceof PnfDescriptor pnf)) {
            throw new ChainlineException(
                    "CATALOG-NOT-A-PNFD",
                    Category.INVALID,
                    fileName + " is valid TOSCA (" + result.report().kind() + ") but no PNF descriptor (a topology"
                            + " with a tosca.nodes.nfv.PNF node); onboard VNF packages and NSDs where they belong.");
        }
        ImportRecords.Judgement judgement = new ImportRecords.Judgement(
                ImportRequest.of(fileName, bytes, Optional.empty()),
                engines.importProfile(),
                result.report().issues(),
                List.of());
        PnfSummary stored = records.storePnf(() -> store(pnf, actor), judgement, actor);
        return new PnfImport(true, result.report().issues(), Optional.of(stored), engines.importProfile());
    }

    /** Stores an accepted PNFD; its descriptor id must be new, and there must be one (never a blank row). */
    @Transactional
    public PnfSummary store(PnfDescriptor pnf, String actor) {
        PnfIdentity id = pnf.identity();
        if (id.descriptorId().isBlank()) {
            throw new ChainlineException(
                    "CATALOG-PNFD-IDENTITY",
                    Category.INVALID,
                    "The PNFD's node " + id.nodeType() + " has no descriptor_id; give it one and import again.");
        }
        if (entries.existsByDescriptorId(id.descriptorId())) {
            throw new ChainlineException(
                    "CATALOG-PNFD-EXISTS",
                    Category.CONFLICT,
                    "The catalog has a PNFD with descriptor_id " + id.descriptorId() + " already; delete it first,"
                            + " or give this one its own descriptor_id.");
        }
        String cps = pnf.extCps().stream().map(ExtCp::node).collect(Collectors.joining(","));
        PnfEntry entry = new PnfEntry(
                UUID.randomUUID(),
                new PnfEntry.Identity(id.descriptorId(), id.provider(), id.name(), id.version(), id.invariantId(), cps),
                json.write(pnf),
                actor,
                clock.instant());
        PnfSummary stored = PnfSummary.of(entries.save(entry));
        audit.record(actor, "pnfd.imported", "pnfd", stored.id().toString(), id.name() + " " + id.version());
        return stored;
    }

    @Transactional(readOnly = true)
    public List<PnfSummary> all() {
        return entries.findAllByOrderByNameAscDescriptorVersionAsc().stream()
                .map(PnfSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public PnfVersion get(UUID id) {
        PnfEntry entry = load(id);
        return new PnfVersion(PnfSummary.of(entry), json.readPnf(entry.getModelJson()));
    }

    @Transactional(readOnly = true)
    public Optional<PnfVersion> byDescriptorId(String descriptorId) {
        return entries.findByDescriptorId(descriptorId)
                .map(e -> new PnfVersion(PnfSummary.of(e), json.readPnf(e.getModelJson())));
    }

    /** Deletes a PNFD no chain uses; {@code version} is the one the caller saw. */
    @Transactional
    public void delete(UUID id, long version, String actor) {
        PnfEntry entry = load(id);
        if (entry.getVersion() != version) {
            throw new ChainlineException(
                    "CATALOG-PNFD-CHANGED",
                    Category.CONFLICT,
                    "This PNFD changed since it was read; reload it and try again.");
        }
        List<String> users = new ArrayList<>();
        usages.forEach(u -> users.addAll(u.usersOf(entry.getDescriptorId())));
        if (!users.isEmpty()) {
            throw new ChainlineException(
                    "CATALOG-PNFD-IN-USE",
                    Category.CONFLICT,
                    entry.getName() + " is used by " + String.join(", ", users) + "; remove it from there first.");
        }
        entries.delete(entry);
        audit.record(
                actor, "pnfd.deleted", "pnfd", id.toString(), entry.getName() + " " + entry.getDescriptorVersion());
    }

    public ExportResult exportYaml(UUID id) {
        return engines.engine().export(get(id).descriptor(), Sol001Edition.DEFAULT);
    }

    /** The PNFD as a SOL004 package, refused (not written half-valid) when the engine rejects what it wrote. */
    public byte[] exportCsar(UUID id) {
        PnfVersion version = get(id);
        PackageExport export =
                engines.engine().exportCsar(version.descriptor(), Sol001Edition.DEFAULT, metadata(version), Map.of());
        if (!export.ok()) {
            String first = export.report().issues().stream()
                    .filter(Issue::isError)
                    .findFirst()
                    .map(Issue::describe)
                    .orElse("no detail");
            throw new ChainlineException(
                    "CATALOG-EXPORT-REFUSED",
                    Category.INVALID,
                    "The package of " + version.summary().name() + " would not be valid: " + first);
        }
        return export.csar().orElseThrow();
    }

    /** SOL004's PNF package metadata (pnfd_provider, pnfd_name, pnfd_release_date_time, pnfd_archive_version). */
    private Map<String, String> metadata(PnfVersion version) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("pnfd_provider", version.summary().provider());
        metadata.put("pnfd_name", version.summary().name());
        metadata.put(
                "pnfd_release_date_time",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)));
        metadata.put("pnfd_archive_version", version.summary().descriptorVersion());
        return metadata;
    }

    private PnfEntry load(UUID id) {
        return entries.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-PNFD-NOT-FOUND", Category.NOT_FOUND, "No PNFD has the id " + id + "."));
    }
}
