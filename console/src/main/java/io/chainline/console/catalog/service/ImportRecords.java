package io.chainline.console.catalog.service;

import io.chainline.console.catalog.domain.DescriptorImport;
import io.chainline.console.catalog.domain.DescriptorImportRepository;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an imported descriptor together with what its import said ({@link ImportReport}), in one transaction: no
 * imported descriptor is in the catalog without its record, and an overridden signature's audit record is written in
 * the same transaction too ({@link SignatureOverride}).
 */
@Service
public class ImportRecords {

    /** What an accepted import was judged to be: its request, profile, findings and overridden signature failures. */
    public record Judgement(ImportRequest request, Profile profile, List<Issue> issues, List<Issue> overridden) {
        public Judgement {
            issues = List.copyOf(issues);
            overridden = List.copyOf(overridden);
        }
    }

    private final DescriptorImportRepository imports;
    private final SignatureOverride signatureOverride;
    private final Clock clock;

    ImportRecords(DescriptorImportRepository imports, SignatureOverride signatureOverride, Clock clock) {
        this.imports = imports;
        this.signatureOverride = signatureOverride;
        this.clock = clock;
    }

    @Transactional
    public VnfSummary storeVnf(Supplier<VnfSummary> draft, Judgement judgement, String actor) {
        VnfSummary stored = judgement.overridden().isEmpty()
                ? draft.get()
                : signatureOverride.store(draft, judgement.request(), judgement.overridden(), actor);
        imports.save(record(stored.id(), false, judgement, actor));
        return stored;
    }

    @Transactional
    public PnfSummary storePnf(Supplier<PnfSummary> pnfd, Judgement judgement, String actor) {
        PnfSummary stored = judgement.overridden().isEmpty()
                ? pnfd.get()
                : signatureOverride.storePnf(pnfd, judgement.request(), judgement.overridden(), actor);
        imports.save(record(stored.id(), true, judgement, actor));
        return stored;
    }

    /** What the import of this VNFD version said; empty for one designed in the console (or a new version of it). */
    @Transactional(readOnly = true)
    public Optional<ImportReport> ofVnf(UUID id) {
        return imports.findByVnfId(id).map(ImportReport::of);
    }

    /** What the import of this PNFD said. */
    @Transactional(readOnly = true)
    public Optional<ImportReport> ofPnf(UUID id) {
        return imports.findByPnfId(id).map(ImportReport::of);
    }

    private DescriptorImport record(UUID descriptor, boolean pnf, Judgement judgement, String actor) {
        ImportRequest request = judgement.request();
        return new DescriptorImport(
                descriptor,
                pnf,
                new DescriptorImport.Source(request.fileName(), SignatureOverride.sha256(request.bytes())),
                judgement.profile().key(),
                !judgement.overridden().isEmpty(),
                actor,
                clock.instant(),
                judgement.issues().stream()
                        .map(ImportReport.Finding::of)
                        .map(ImportReport.Finding::toStored)
                        .toList());
    }
}
