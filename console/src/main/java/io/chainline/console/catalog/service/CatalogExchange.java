package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.PackageExport;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Exchanging descriptors with other MANOs: importing SOL001 YAML and SOL004 CSARs (validated by the TOSCA engine;
 * nothing is stored unless accepted) and exporting catalog versions as SOL001 YAML or CSAR.
 */
@Service
public class CatalogExchange {

    /** Ten uploads at a time of the largest accepted package stays well within the heap. */
    public static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private final ToscaEngines engines;
    private final CatalogService catalog;
    private final PnfCatalog pnfCatalog;
    private final ImportRecords records;
    private final Clock clock;

    CatalogExchange(
            ToscaEngines engines, CatalogService catalog, PnfCatalog pnfCatalog, ImportRecords records, Clock clock) {
        this.engines = engines;
        this.catalog = catalog;
        this.pnfCatalog = pnfCatalog;
        this.records = records;
        this.clock = clock;
    }

    /**
     * @param productName when given, the descriptor is stored as a new product of this name (a new descriptor id),
     *     e.g. to import a package of a product the catalog has already
     */
    public ImportOutcome importFile(String fileName, byte[] bytes, Optional<String> productName, String actor) {
        return importAs(ImportRequest.of(fileName, bytes, productName), actor, false, false);
    }

    /**
     * The catalog's own import (dialog and API) by the console's default profile: a VNFD becomes a draft as {@link
     * #importFile} makes it, a PNFD goes to the PNF catalog as it is. SOL005's VNF package onboarding keeps to VNFDs.
     */
    public ImportOutcome importAny(String fileName, byte[] bytes, Optional<String> productName, String actor) {
        return importAs(ImportRequest.of(fileName, bytes, productName), actor, false, true);
    }

    /**
     * The catalog's own import (dialog and API): judges the file by the request's profile (the console's default
     * unless chosen) and stores an accepted VNFD as a draft, an accepted PNFD in the PNF catalog. With an override
     * reason, an ADMIN's import that fails for its signature only is judged again with the override and stored with an
     * audit record ({@link SignatureOverride}); any other error still rejects it.
     *
     * @param admin whether the actor is an ADMIN (only they may override a signature)
     */
    public ImportOutcome importFile(ImportRequest request, String actor, boolean admin) {
        return importAs(request, actor, admin, true);
    }

    private ImportOutcome importAs(ImportRequest request, String actor, boolean admin, boolean pnfs) {
        checkSize(request);
        if (request.overrides()) {
            SignatureOverride.check(request, admin);
        }
        Judged judged = judge(request);
        ImportResult result = judged.result();
        Profile profile = judged.profile();
        List<Issue> issues = result.report().issues();
        if (!result.report().accepted()) {
            return new ImportOutcome(false, issues, Optional.empty(), profile, List.of());
        }
        Descriptor read = descriptor(request.fileName(), result);
        ImportRecords.Judgement judgement = new ImportRecords.Judgement(request, profile, issues, judged.overridden());
        // "Import as product" applies to VNFDs and PNFDs alike: a new product, with a descriptor id of its own
        Descriptor named =
                request.productName().map(n -> Identities.renamed(read, n)).orElse(read);
        if (named instanceof PnfDescriptor pnf && pnfs) {
            PnfSummary summary = located(
                    request,
                    "descriptor_id",
                    pnf.descriptorId(),
                    () -> records.storePnf(() -> pnfCatalog.store(pnf, actor), judgement, actor));
            return new ImportOutcome(
                    true, issues, Optional.empty(), Optional.of(summary), profile, judged.overridden());
        }
        VnfDescriptor vnf = vnf(request.fileName(), named);
        VnfSummary summary = located(
                request,
                "descriptor_version",
                vnf.identity().descriptorVersion(),
                () -> records.storeVnf(() -> catalog.createDraft(vnf, actor), judgement, actor));
        return new ImportOutcome(true, issues, Optional.of(summary), profile, judged.overridden());
    }

    /**
     * Stores, and locates a collision in the imported file (the property a user changes to resolve it), as the
     * engine's findings are located; a renamed import collides with nothing the file says, so it names the file only.
     */
    private static <T> T located(ImportRequest request, String key, String value, Supplier<T> store) {
        try {
            return store.get();
        } catch (ChainlineException refusal) {
            if (!ImportRefusal.COLLISIONS.contains(refusal.code())) {
                throw refusal;
            }
            IdentityLocator.Located where = request.productName().isPresent()
                    ? new IdentityLocator.Located(request.fileName(), 0, "")
                    : IdentityLocator.locate(request.fileName(), request.bytes(), key, value);
            throw new ImportRefusal(refusal, where);
        }
    }

    /**
     * Whether an override would import the file, asked before an ADMIN is offered one: empty when it would, else what
     * would still refuse it (so nobody writes a reason and confirms a security override for nothing).
     */
    public Optional<String> blockedBeyondSignature(ImportRequest request) {
        ToscaEngine engine = engines.importing(request.profile().orElse(engines.importProfile()))
                .withSignatureOverride();
        ImportResult result = engine.importYaml(request.fileName(), request.bytes());
        Optional<String> error = result.report().issues().stream()
                .filter(Issue::isError)
                .findFirst()
                .map(i -> i.code().code() + ": " + i.message());
        if (error.isPresent()) {
            return error;
        }
        Descriptor descriptor = result.descriptor().orElse(null);
        if (descriptor instanceof VnfDescriptor || descriptor instanceof PnfDescriptor) {
            return Optional.empty();
        }
        return Optional.of(request.fileName() + " holds no VNF or PNF descriptor ("
                + result.report().kind() + "); there is nothing to import.");
    }

    /** The engine's verdict by the request's profile, and the signature failures an override turned into warnings. */
    private record Judged(ImportResult result, Profile profile, List<Issue> overridden) {}

    private Judged judge(ImportRequest request) {
        ToscaEngine engine = engines.importing(request.profile().orElse(engines.importProfile()));
        ImportResult result = engine.importYaml(request.fileName(), request.bytes());
        if (request.overrides()
                && SignatureOverride.onlySignatureFailures(result.report().issues())) {
            List<Issue> overridden = result.report().issues().stream()
                    .filter(SignatureOverride::isSignatureFailure)
                    .toList();
            return new Judged(
                    engine.withSignatureOverride().importYaml(request.fileName(), request.bytes()),
                    engine.profile(),
                    overridden);
        }
        return new Judged(result, engine.profile(), List.of());
    }

    private static void checkSize(ImportRequest request) {
        if (request.bytes().length > MAX_UPLOAD_BYTES) {
            throw new ChainlineException(
                    "CATALOG-UPLOAD-TOO-LARGE",
                    Category.INVALID,
                    request.fileName() + " has " + request.bytes().length + " bytes; upload at most " + MAX_UPLOAD_BYTES
                            + " bytes.");
        }
    }

    private static Descriptor descriptor(String fileName, ImportResult result) {
        return result.descriptor()
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-NOT-A-DESCRIPTOR",
                        Category.INVALID,
                        fileName + " is valid TOSCA (" + result.report().kind()
                                + ") but no VNF or PNF descriptor; import VNFDs, PNFDs or their packages here (NSDs under"
                                + " Service chains)."));
    }

    private static VnfDescriptor vnf(String fileName, Descriptor descriptor) {
        if (!(descriptor instanceof VnfDescriptor vnf)) {
            throw new ChainlineException(
                    "CATALOG-NOT-A-VNF",
                    Category.INVALID,
                    descriptor instanceof PnfDescriptor
                            ? fileName + " is a PNF descriptor; onboard it through pnf_descriptors or the catalog's"
                                    + " Import."
                            : fileName + " is a network service descriptor; import it under Service chains.");
        }
        return vnf;
    }

    /** The profile imports are judged by unless their user chooses another ({@code chainline.tosca.profile}). */
    public Profile importProfile() {
        return engines.importProfile();
    }

    public ExportResult exportYaml(UUID id, Sol001Edition edition) {
        return engines.engine().export(catalog.get(id).descriptor(), edition);
    }

    /** The version as a SOL004 package, refused (not written half-valid) when the engine rejects what it wrote. */
    public byte[] exportCsar(UUID id, Sol001Edition edition) {
        VnfVersion version = catalog.get(id);
        PackageExport export =
                engines.engine().exportCsar(version.descriptor(), edition, manifestMetadata(version), Map.of());
        if (!export.ok()) {
            String first = export.report().issues().stream()
                    .filter(Issue::isError)
                    .findFirst()
                    .map(Issue::describe)
                    .orElse("no detail");
            throw new ChainlineException(
                    "CATALOG-EXPORT-REFUSED",
                    Category.INVALID,
                    "The package of " + version.summary().productName() + " "
                            + version.summary().descriptorVersion() + " would not be valid: " + first);
        }
        return export.csar().orElseThrow();
    }

    private Map<String, String> manifestMetadata(VnfVersion version) {
        Instant released = clock.instant();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("vnf_provider_id", version.summary().provider());
        metadata.put("vnf_product_name", version.summary().productName());
        metadata.put(
                "vnf_release_date_time",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(released.atOffset(ZoneOffset.UTC)));
        metadata.put("vnf_package_version", version.summary().descriptorVersion());
        return metadata;
    }
}
