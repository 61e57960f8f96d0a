package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.ImportOutcome;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.nfvo.domain.ImportCheck;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.console.nfvo.domain.VnfPackageRepository;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.csar.SecurityOption;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.sol001.Sol001Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

/**
 * SOL005 VNF packages over the catalog: an onboarded package is a published catalog version, validated by the same
 * TOSCA engine and design checks as one designed in the console.
 */
@Service
public class VnfPackageService extends Onboarding<VnfPackage, Sol005Views.VnfPkgInfo> {

    static final String API = "vnfpkgm";

    private final VnfPackageRepository packages;
    private final CatalogExchange exchange;
    private final CatalogService catalog;
    private final ChainService chains;

    VnfPackageService(
            Deps deps,
            VnfPackageRepository packages,
            CatalogExchange exchange,
            CatalogService catalog,
            ChainService chains) {
        super(new Kind("VNFPKG", "VNF package", "vnf_package", API), deps);
        this.packages = packages;
        this.exchange = exchange;
        this.catalog = catalog;
        this.chains = chains;
    }

    @Override
    protected JpaRepository<VnfPackage, UUID> repository() {
        return packages;
    }

    @Override
    protected String table() {
        return "vnf_package";
    }

    @Override
    protected VnfPackage newResource(UUID id, String userDefinedJson, String actor) {
        return new VnfPackage(id, userDefinedJson, actor, deps.clock().instant());
    }

    @Override
    protected Optional<FailureDetails> onboard(UUID id, String fileName, byte[] bytes, String actor) {
        ImportOutcome outcome = exchange.importFile(fileName, bytes, Optional.empty(), actor);
        ImportCheck check = OnboardingChecks.of(
                outcome.profile(),
                outcome.warnings(),
                SecurityOption.of(bytes),
                deps.notifications().json());
        if (!outcome.accepted()) {
            // the profile a refusal was judged by shows on the Onboarding page as for an onboarded package
            deps.tx().executeWithoutResult(s -> load(id).checked(check));
            return Optional.of(rejected(fileName, outcome.profile(), outcome.issues()));
        }
        VnfSummary published = publish(outcome.stored().orElseThrow(), actor);
        List<String> vnfmInfo =
                catalog.get(published.id()).descriptor().identity().vnfmInfo();
        ImportCheck onboardedCheck = OnboardingChecks.withVnfmInfo(
                check, vnfmInfo, deps.notifications().json());
        deps.tx().executeWithoutResult(s -> onboarded(id, published, onboardedCheck, vnfmInfo, actor));
        return Optional.empty();
    }

    /** A draft that cannot be published is removed again: a failed upload leaves nothing in the catalog. */
    private VnfSummary publish(VnfSummary draft, String actor) {
        try {
            return catalog.publish(draft.id(), draft.version(), actor);
        } catch (ChainlineException e) {
            catalog.delete(draft.id(), catalog.get(draft.id()).summary().version(), actor);
            throw e;
        }
    }

    private void onboarded(UUID id, VnfSummary published, ImportCheck check, List<String> vnfmInfo, String actor) {
        VnfPackage pkg = load(id);
        pkg.checked(check);
        pkg.onboarded(
                new VnfPackage.Vnfd(
                        published.id(),
                        published.descriptorId(),
                        published.provider(),
                        published.productName(),
                        published.softwareVersion(),
                        published.descriptorVersion()),
                deps.clock().instant());
        deps.audit()
                .record(
                        actor,
                        "vnf_package.onboarded",
                        "vnf_package",
                        id.toString(),
                        published.productName() + " " + published.descriptorVersion() + " (VNFD "
                                + published.descriptorId() + ")");
        // vnfmInfo: mandatory since SOL005 V3 (table 9.5.2.8-1), the VNFD's vnfm_info; v1 subscribers never see it
        deps.notifications()
                .publish(
                        API,
                        "VnfPackageOnboardingNotification",
                        Map.of(
                                "vnfPkgId",
                                id,
                                "vnfdId",
                                published.descriptorId(),
                                "vnfmInfo",
                                vnfmInfo,
                                "_links",
                                links(id)),
                        Map.of("vnfPkgId", id.toString(), "vnfdId", published.descriptorId()));
    }

    static FailureDetails rejected(String fileName, Profile profile, List<Issue> issues) {
        List<Issue> errors = issues.stream().filter(Issue::isError).toList();
        String detail = fileName + " was rejected by the " + profile.key() + " profile with " + errors.size()
                + " error(s); first: "
                + errors.stream()
                        .findFirst()
                        .map(Issue::describe)
                        .map(d -> d.replaceAll("\\.$", ""))
                        .orElse("none")
                + ". Fix them and upload again.";
        return FailureDetails.of(422, "Package rejected", "PACKAGE-REJECTED", detail, issues);
    }

    @Override
    protected boolean inUse(VnfPackage pkg) {
        return pkg.getVnfd().map(v -> !chains.usersOf(v.catalogId()).isEmpty()).orElse(false);
    }

    /** The package's VNFD leaves the catalog with it (nothing uses it: {@link #inUse} said so). */
    @Override
    protected void forget(VnfPackage pkg, String actor) {
        pkg.getVnfd()
                .ifPresent(v -> catalog.delete(
                        v.catalogId(), catalog.get(v.catalogId()).summary().version(), actor));
    }

    @Override
    protected void changed(VnfPackage pkg, String changeType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vnfPkgId", pkg.getId());
        pkg.getVnfd().ifPresent(v -> body.put("vnfdId", v.vnfdId()));
        String type = "ONBOARDING_FAILURE".equals(changeType)
                ? "VnfPackageOnboardingFailureNotification"
                : "VnfPackageChangeNotification";
        if ("ONBOARDING_FAILURE".equals(changeType)) {
            pkg.getFailureJson()
                    .ifPresent(f -> body.put(
                            "onboardingFailureDetails",
                            deps.notifications().json().map(f)));
        } else {
            body.put("changeType", changeType);
            body.put("operationalState", pkg.getOperationalState().name());
        }
        body.put("_links", links(pkg.getId()));
        Map<String, String> subject = new LinkedHashMap<>();
        subject.put("vnfPkgId", pkg.getId().toString());
        pkg.getVnfd().ifPresent(v -> subject.put("vnfdId", v.vnfdId()));
        deps.notifications().publish(API, type, body, subject);
    }

    @Override
    protected Class<VnfPackage> entity() {
        return VnfPackage.class;
    }

    /** What VnfPkgInfo shows from its own columns; usageState is derived, so it is filtered in memory. */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "vnfdId", KeysetPages.Column.text("vnfdId"),
            "vnfProvider", KeysetPages.Column.text("vnfProvider"),
            "vnfProductName", KeysetPages.Column.text("vnfProductName"),
            "vnfSoftwareVersion", KeysetPages.Column.text("vnfSoftwareVersion"),
            "vnfdVersion", KeysetPages.Column.text("vnfdVersion"),
            "checksum.hash", KeysetPages.Column.text("contentSha256"),
            "onboardingState", KeysetPages.Column.of("onboardingState", OnboardingState.class),
            "operationalState", KeysetPages.Column.of("operationalState", OperationalState.class));

    @Override
    protected Map<String, KeysetPages.Column> columns() {
        return COLUMNS;
    }

    /** usageState of the whole page from one query: which of its VNFDs a chain version uses. */
    @Override
    protected List<Sol005Views.VnfPkgInfo> infos(List<VnfPackage> rows) {
        List<UUID> catalogIds = rows.stream()
                .flatMap(p -> p.getVnfd().map(VnfPackage.Vnfd::catalogId).stream())
                .toList();
        Set<UUID> used = catalogIds.isEmpty() ? Set.of() : chains.usedAmong(catalogIds);
        return rows.stream()
                .map(p -> Sol005Infos.vnfPackage(
                        p,
                        p.getVnfd().map(v -> used.contains(v.catalogId())).orElse(false),
                        deps.notifications().json()))
                .toList();
    }

    /** SOL005 usageState: IN_USE while a service chain version uses the package's VNFD. */
    @Override
    protected Sol005Views.VnfPkgInfo info(VnfPackage pkg) {
        return Sol005Infos.vnfPackage(pkg, inUse(pkg), deps.notifications().json());
    }

    /** The VNFD as one SOL001 YAML file, written by the engine from the catalog's model. */
    public String vnfd(UUID id, Sol001Edition edition) {
        Sol001Writer.Written written = vnfdFiles(id, edition);
        return written.files().get(written.entry());
    }

    /** The VNFD's files as the engine writes them: the entry YAML and what it imports. */
    public Sol001Writer.Written vnfdFiles(UUID id, Sol001Edition edition) {
        VnfPackage pkg = resource(id);
        UUID catalogId = pkg.getVnfd().map(VnfPackage.Vnfd::catalogId).orElseThrow(() -> notOnboarded(pkg));
        ExportResult export = exchange.exportYaml(catalogId, edition);
        return export.written()
                .orElseThrow(() -> new ChainlineException(
                        "VNFPKG-VNFD-UNWRITABLE",
                        Category.CONFLICT,
                        "The VNFD cannot be written as SOL001 " + edition + "; ask for the other edition."));
    }

    public byte[] manifest(UUID id) {
        return PackageFiles.manifest(content(id))
                .orElseThrow(() -> new ChainlineException(
                        "VNFPKG-NO-MANIFEST",
                        Category.NOT_FOUND,
                        "This package holds no manifest (a TOSCA.meta ETSI-Entry-Manifest or a root .mf file)."));
    }

    public byte[] artifact(UUID id, String path) {
        return PackageFiles.read(content(id), path)
                .orElseThrow(() -> new ChainlineException(
                        "VNFPKG-ARTIFACT-NOT-FOUND",
                        Category.NOT_FOUND,
                        "The package holds no file " + path + "; it holds "
                                + PackageFiles.paths(content(id)).stream()
                                        .limit(20)
                                        .toList() + "."));
    }

    public List<String> artifactPaths(UUID id) {
        return PackageFiles.paths(content(id));
    }

    /** Packages whose VNFDs a chain uses, by VNFD id, for the NS lifecycle's checks. */
    List<VnfPackage> byVnfdIds(List<String> vnfdIds) {
        return deps.tx().execute(s -> packages.findByVnfdIdIn(vnfdIds));
    }

    /**
     * PkgmLinks of a notification: {@code vnfPackage} is the one SOL005 requires (V2.6.1 and V3.3.1, with
     * {@code subscription}, which Notifications adds); the others stay for subscribers that read them already.
     */
    static Map<String, Object> links(UUID id) {
        String self = "/api/vnfpkgm/v2/vnf_packages/" + id;
        return Map.of(
                "vnfPackage", Map.of("href", self),
                "self", Map.of("href", self),
                "vnfd", Map.of("href", self + "/vnfd"),
                "packageContent", Map.of("href", self + "/package_content"));
    }

    private static ChainlineException notOnboarded(VnfPackage pkg) {
        return new ChainlineException(
                "VNFPKG-NOT-ONBOARDED",
                Category.CONFLICT,
                "This VNF package is " + pkg.getOnboardingState() + "; its VNFD is there once it is ONBOARDED.");
    }
}
