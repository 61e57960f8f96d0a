package io.chainline.console.chain.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.ToscaEngines;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** NSDs in and out: SOL001 YAML, CSAR and Tacker's legacy VNFFGDs in; SOL001 v4.4.1 out. */
@Service
public class ChainExchange {

    /** What an import did, judged by which profile; a rejected file stores nothing. */
    public record Outcome(boolean accepted, List<Issue> issues, Optional<ChainSummary> stored, Profile profile) {

        public Outcome(boolean accepted, List<Issue> issues, Optional<ChainSummary> stored) {
            this(accepted, issues, stored, Profile.STRICT);
        }

        /** Everything that did not stop the import: INTEROP-* deviations, unverified signatures, notes. */
        public List<Issue> warnings() {
            return issues.stream().filter(i -> !i.isError()).toList();
        }
    }

    private final ToscaEngines engines;
    private final ChainService chains;

    private final java.time.Clock clock;

    ChainExchange(ToscaEngines engines, ChainService chains, java.time.Clock clock) {
        this.engines = engines;
        this.chains = chains;
        this.clock = clock;
    }

    /** The profile imports are judged by unless their user chooses another ({@code chainline.tosca.profile}). */
    public Profile importProfile() {
        return engines.importProfile();
    }

    /** Judged by the console's default profile ({@code chainline.tosca.profile}). */
    public Outcome importFile(String name, byte[] bytes, String actor) {
        return importFile(name, bytes, actor, engines.importProfile());
    }

    public Outcome importFile(String name, byte[] bytes, String actor, Profile profile) {
        ImportResult result = engines.importing(profile).importYaml(name, bytes);
        if (!result.report().accepted()) {
            return new Outcome(false, result.report().issues(), Optional.empty(), profile);
        }
        if (!(result.descriptor().orElse(null) instanceof NsDescriptor ns)) {
            throw new ChainlineException(
                    "CHAIN-NOT-AN-NSD",
                    Category.INVALID,
                    name + " is valid TOSCA (" + result.report().kind() + ") but no network service descriptor; import"
                            + " VNFDs in the catalog.");
        }
        return new Outcome(true, result.report().issues(), Optional.of(chains.createDraft(ns, actor)), profile);
    }

    public ExportResult exportYaml(UUID id) {
        return engines.engine().export(chains.get(id).descriptor(), Sol001Edition.DEFAULT);
    }

    /** The chain as a SOL004 package with the NSD manifest metadata; refused, never written, when invalid. */
    public byte[] exportCsar(UUID id) {
        ChainService.ChainVersion version = chains.get(id);
        var identity = version.descriptor().identity();
        java.util.Map<String, String> metadata = new java.util.LinkedHashMap<>();
        metadata.put("nsd_designer", identity.designer());
        metadata.put("nsd_invariant_id", identity.invariantId());
        metadata.put("nsd_name", identity.name());
        metadata.put(
                "nsd_release_date_time",
                java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        clock.instant().atOffset(java.time.ZoneOffset.UTC)));
        var export =
                engines.engine().exportCsar(version.descriptor(), Sol001Edition.DEFAULT, metadata, java.util.Map.of());
        if (!export.ok()) {
            throw new ChainlineException(
                    "CHAIN-EXPORT-REFUSED",
                    Category.INVALID,
                    "The package of " + identity.name() + " would not be valid: "
                            + export.report().issues().stream()
                                    .filter(Issue::isError)
                                    .findFirst()
                                    .map(Issue::describe)
                                    .orElse("no detail"));
        }
        return export.csar().orElseThrow();
    }
}
