package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ImportResult;
import io.chainline.tosca.PackageExport;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    private final Clock clock;

    CatalogExchange(ToscaEngines engines, CatalogService catalog, PnfCatalog pnfCatalog, Clock clock) {
        this.engines = engines;
        this.catalog = catalog;
        this.pnfCatalog = pnfCatalog;
        this.clock = clock;
    }

    /**
     * @param productName when given, the descriptor is stored as a new product of this name (a new descriptor id),
     *     e.g. to import a package of a product the catalog has already
     */
    public ImportOutcome importFile(String fileName, byte[] bytes, Optional<String> productName, String actor) {
        return importAs(fileName, bytes, productName, actor, false);
    }

    /**
     * The catalog's own import (dialog and API): a VNFD becomes a draft as {@link #importFile} makes it, a PNFD goes
     * to the PNF catalog as it is. SOL005's VNF package onboarding keeps to VNFDs.
     */
    public ImportOutcome importAny(String fileName, byte[] bytes, Optional<String> productName, String actor) {
        return importAs(fileName, bytes, productName, actor, true);
    }

    private ImportOutcome importAs(
            String fileName, byte[] bytes, Optional<String> productName, String actor, boolean pnfs) {
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new ChainlineException(
                    "CATALOG-UPLOAD-TOO-LARGE",
                    Category.INVALID,
                    fileName + " has " + bytes.length + " bytes; upload at most " + MAX_UPLOAD_BYTES + " bytes.");
        }
        ImportResult result = engines.engine().importYaml(fileName, bytes);
        if (!result.report().accepted()) {
            return new ImportOutcome(false, result.report().issues(), Optional.empty());
        }
        Descriptor descriptor = result.descriptor()
                .orElseThrow(() -> new ChainlineException(
                        "CATALOG-NOT-A-DESCRIPTOR",
                        Category.INVALID,
                        fileName + " is valid TOSCA (" + result.report().kind()
                                + ") but no VNF descriptor; import VNFDs or their packages here."));
        if (descriptor instanceof PnfDescriptor pnf && pnfs) {
            return new ImportOutcome(
                    true, result.report().issues(), Optional.empty(), Optional.of(pnfCatalog.store(pnf, actor)));
        }
        if (!(descriptor instanceof VnfDescriptor vnf)) {
            throw new ChainlineException(
                    "CATALOG-NOT-A-VNF",
                    Category.INVALID,
                    descriptor instanceof PnfDescriptor
                            ? fileName + " is a PNF descriptor; onboard it through pnf_descriptors or the catalog's"
                                    + " Import."
                            : fileName + " is a network service descriptor; import it under Service chains.");
        }
        VnfDescriptor stored = productName
                .filter(n -> !n.isBlank())
                .map(n -> Identities.renamed(vnf, n.trim()))
                .orElse(vnf);
        VnfSummary summary = catalog.createDraft(stored, actor);
        return new ImportOutcome(true, result.report().issues(), Optional.of(summary));
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
