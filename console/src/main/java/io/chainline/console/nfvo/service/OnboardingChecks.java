package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.nfvo.domain.ImportCheck;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.console.nfvo.domain.VnfPackageRepository;
import io.chainline.tosca.csar.SecurityOption;
import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile an onboarded package or NSD was checked with and the warnings of that check (issue 23). Chainline's own
 * data: the console's Onboarding view and {@code /api/v1/onboarding} show it; the SOL005 resources stay as ETSI
 * defines them (nothing is added to VnfPkgInfo, NsdInfo or their userDefinedData).
 */
@Service
public class OnboardingChecks {

    /** At most this many warnings are kept per package (the rest are counted). */
    static final int MAX_WARNINGS = 100;

    /** How a package was checked: the profile's key, its warnings (the first {@link #MAX_WARNINGS}) and their count. */
    public record CheckView(String profile, List<FailureDetails.IssueView> warnings, int total) {}

    /**
     * What the JSON column holds; {@code securityOption} is the SOL004 option a VNF package's bytes use
     * ({@link SecurityOption}; absent for NSDs and for packages checked before it was recorded); {@code vnfmInfo} the
     * onboarded VNFD's vnfm_info (absent until the package is onboarded, and for packages onboarded before it was).
     */
    record Stored(List<FailureDetails.IssueView> warnings, int total, String securityOption, List<String> vnfmInfo) {}

    private final VnfPackageRepository packages;
    private final NsdInfoRepository nsds;
    private final Sol005Json json;
    private final CatalogExchange exchange;

    OnboardingChecks(VnfPackageRepository packages, NsdInfoRepository nsds, Sol005Json json, CatalogExchange exchange) {
        this.packages = packages;
        this.nsds = nsds;
        this.json = json;
        this.exchange = exchange;
    }

    /** The profile uploads are checked by ({@code chainline.tosca.profile}), as a label. */
    public String defaultProfile() {
        return exchange.importProfile().key();
    }

    static ImportCheck of(Profile profile, List<Issue> warnings, Sol005Json json) {
        return of(profile, warnings, null, json);
    }

    /** @param securityOption the option the package's bytes use, or null for what has none (an NSD) */
    static ImportCheck of(Profile profile, List<Issue> warnings, SecurityOption securityOption, Sol005Json json) {
        List<FailureDetails.IssueView> kept = warnings.stream()
                .limit(MAX_WARNINGS)
                .map(FailureDetails.IssueView::of)
                .toList();
        return new ImportCheck(
                profile.key(),
                json.write(new Stored(
                        kept, warnings.size(), securityOption == null ? null : securityOption.name(), null)));
    }

    /**
     * VnfPkgInfo.packageSecurityOption (mandatory, SOL005 table 9.5.2.5-1): the option recorded when the package was
     * checked; OPTION_1, the layout without a signed outer ZIP, for a package not yet checked or checked before the
     * option was recorded.
     */
    static String securityOption(ImportCheck check, Sol005Json json) {
        return Optional.ofNullable(check.getWarningsJson())
                .map(j -> json.read(j, Stored.class).securityOption())
                .orElse(SecurityOption.OPTION_1.name());
    }

    /** The check of a package once onboarded, with the VNFD's vnfm_info, which SOL005 V3's VnfPkgInfo carries. */
    static ImportCheck withVnfmInfo(ImportCheck check, List<String> vnfmInfo, Sol005Json json) {
        Stored stored = json.read(check.getWarningsJson(), Stored.class);
        return new ImportCheck(
                check.getProfile(),
                json.write(
                        new Stored(stored.warnings(), stored.total(), stored.securityOption(), List.copyOf(vnfmInfo))));
    }

    /**
     * VnfPkgInfo.vnfmInfo (SOL005 V3, table 9.5.2.5-1: the VNFMs compatible with the VNF, copied from the VNFD): null
     * before the package is onboarded, so the attribute is left out as it is for vnfdId.
     */
    static List<String> vnfmInfo(ImportCheck check, Sol005Json json) {
        return Optional.ofNullable(check.getWarningsJson())
                .map(j -> json.read(j, Stored.class).vnfmInfo())
                .orElse(null);
    }

    /** Every onboarded VNF package's check, by package id. */
    @Transactional(readOnly = true)
    public Map<UUID, CheckView> vnfPackages() {
        return packages.findAll().stream()
                .filter(p -> p.getCheck().isPresent())
                .collect(Collectors.toMap(
                        VnfPackage::getId, p -> view(p.getCheck().orElseThrow())));
    }

    /** Every onboarded NSD's check, by NsdInfo id. */
    @Transactional(readOnly = true)
    public Map<UUID, CheckView> nsds() {
        return nsds.findAll().stream()
                .filter(n -> n.getCheck().isPresent())
                .collect(Collectors.toMap(NsdInfo::getId, n -> view(n.getCheck().orElseThrow())));
    }

    @Transactional(readOnly = true)
    public CheckView vnfPackage(UUID id) {
        return packages.findById(id)
                .flatMap(VnfPackage::getCheck)
                .map(this::view)
                .orElseThrow(() -> notChecked("VNF package", id));
    }

    @Transactional(readOnly = true)
    public CheckView nsd(UUID id) {
        return nsds.findById(id).flatMap(NsdInfo::getCheck).map(this::view).orElseThrow(() -> notChecked("NSD", id));
    }

    private CheckView view(ImportCheck check) {
        Stored stored = Optional.ofNullable(check.getWarningsJson())
                .map(j -> json.read(j, Stored.class))
                .orElse(new Stored(List.of(), 0, null, null));
        return new CheckView(check.getProfile(), stored.warnings(), stored.total());
    }

    private static ChainlineException notChecked(String what, UUID id) {
        return new ChainlineException(
                "ONBOARDING-CHECK-NOT-FOUND",
                Category.NOT_FOUND,
                "No checked " + what + " " + id + ": the check is recorded when an upload is judged (a rejected"
                        + " package's errors are its onboardingFailureDetails; uploads before issue 23 have none).");
    }
}
