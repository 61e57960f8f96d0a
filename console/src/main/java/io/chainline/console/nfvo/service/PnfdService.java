package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.PnfSummary;
import io.chainline.console.catalog.service.PnfUsage;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;
import io.chainline.console.nfvo.domain.PnfdInfo;
import io.chainline.console.nfvo.domain.PnfdInfoRepository;
import io.chainline.tosca.sol001.Sol001Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

/**
 * SOL005 PNF descriptors over the catalog's PNFDs, with the NSDs' state machine (CREATED, UPLOADING, PROCESSING,
 * ONBOARDED or ERROR). A PNFD has no operational state in SOL005: PATCH changes userDefinedData only, and one that no
 * chain uses may be deleted. Notifications go to the nsd API's subscriptions.
 */
@Service
public class PnfdService extends Onboarding<PnfdInfo, PnfdInfoView> {

    static final String COLLECTION = "/api/nsd/v2/pnf_descriptors";

    private final PnfdInfoRepository pnfds;
    private final PnfCatalog catalog;
    private final ObjectProvider<PnfUsage> usages;

    PnfdService(Deps deps, PnfdInfoRepository pnfds, PnfCatalog catalog, ObjectProvider<PnfUsage> usages) {
        super(new Kind("PNFD", "PNF descriptor", "pnfd", NsdService.API), deps);
        this.pnfds = pnfds;
        this.catalog = catalog;
        this.usages = usages;
    }

    @Override
    protected JpaRepository<PnfdInfo, UUID> repository() {
        return pnfds;
    }

    @Override
    protected String table() {
        return "pnf_descriptor_info";
    }

    @Override
    protected PnfdInfo newResource(UUID id, String userDefinedJson, String actor) {
        return new PnfdInfo(id, userDefinedJson, actor, deps.clock().instant());
    }

    @Override
    protected Optional<FailureDetails> onboard(UUID id, String fileName, byte[] bytes, String actor) {
        PnfCatalog.PnfImport imported = catalog.importFile(fileName, bytes, actor);
        if (!imported.accepted()) {
            return Optional.of(VnfPackageService.rejected(fileName, imported.profile(), imported.issues()));
        }
        PnfSummary stored = imported.stored().orElseThrow();
        deps.tx().executeWithoutResult(s -> {
            PnfdInfo pnfd = load(id);
            pnfd.onboarded(
                    new PnfdInfo.Pnfd(
                            stored.id(),
                            stored.descriptorId(),
                            stored.name(),
                            stored.descriptorVersion(),
                            stored.provider(),
                            stored.invariantId()),
                    deps.clock().instant());
            deps.audit()
                    .record(
                            actor,
                            "pnfd.onboarded",
                            "pnfd",
                            id.toString(),
                            stored.name() + " " + stored.descriptorVersion() + " (PNFD " + stored.descriptorId() + ")");
            deps.notifications()
                    .publish(
                            NsdService.API,
                            "PnfdOnBoardingNotification",
                            Map.of("pnfdInfoId", id, "pnfdId", stored.descriptorId(), "_links", links(id)),
                            subject(id, stored.descriptorId()));
        });
        return Optional.empty();
    }

    /** SOL005 PnfdInfoModifications has userDefinedData only (every modify overload ends here). */
    @Override
    public String modify(
            UUID id,
            IfMatch ifMatch,
            Optional<OperationalState> state,
            Optional<Map<String, Object>> patch,
            String actor) {
        if (state.isPresent()) {
            throw new ChainlineException(
                    "PNFD-NO-OPERATIONAL-STATE",
                    Category.INVALID,
                    "A PNF descriptor has no operational state in SOL005; PATCH its userDefinedData only.");
        }
        return super.modify(id, ifMatch, state, patch, actor);
    }

    @Override
    protected boolean inUse(PnfdInfo pnfd) {
        return pnfd.getPnfd().map(p -> !usersOf(p.pnfdId()).isEmpty()).orElse(false);
    }

    private List<String> usersOf(String pnfdId) {
        List<String> users = new ArrayList<>();
        usages.forEach(u -> users.addAll(u.usersOf(pnfdId)));
        return users;
    }

    /** The catalog's PNFD goes with the resource. */
    @Override
    protected void forget(PnfdInfo pnfd, String actor) {
        pnfd.getPnfd().ifPresent(p -> {
            long version = catalog.get(p.catalogId()).summary().version();
            catalog.delete(p.catalogId(), version, actor);
        });
    }

    @Override
    protected void changed(PnfdInfo pnfd, String changeType) {
        String type = switch (changeType) {
            case "ONBOARDING_FAILURE" -> "PnfdOnBoardingFailureNotification";
            case "PKG_DELETE" -> "PnfdDeletionNotification";
            default -> null; // no operational state, so no other change to tell
        };
        if (type == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pnfdInfoId", pnfd.getId());
        pnfd.getPnfd().ifPresent(p -> body.put("pnfdId", p.pnfdId()));
        if ("ONBOARDING_FAILURE".equals(changeType)) {
            pnfd.getFailureJson()
                    .ifPresent(f -> body.put(
                            "onboardingFailureDetails",
                            deps.notifications().json().map(f)));
        }
        body.put("_links", links(pnfd.getId()));
        deps.notifications()
                .publish(
                        NsdService.API,
                        type,
                        body,
                        subject(
                                pnfd.getId(),
                                pnfd.getPnfd().map(PnfdInfo.Pnfd::pnfdId).orElse("")));
    }

    @Override
    protected Class<PnfdInfo> entity() {
        return PnfdInfo.class;
    }

    /** What PnfdInfo shows from its own columns (pnfdersion as SOL005 spells it); the usage state is derived. */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "pnfdId", KeysetPages.Column.text("pnfdId"),
            "pnfdName", KeysetPages.Column.text("pnfdName"),
            "pnfdersion", KeysetPages.Column.text("pnfdVersion"),
            "pnfdProvider", KeysetPages.Column.text("pnfdProvider"),
            "pnfdInvariantId", KeysetPages.Column.text("pnfdInvariantId"),
            "pnfdOnboardingState", KeysetPages.Column.of("onboardingState", OnboardingState.class));

    @Override
    protected Map<String, KeysetPages.Column> columns() {
        return COLUMNS;
    }

    /** The page's usage states from one look at the chains, not one per PNFD. */
    @Override
    protected List<PnfdInfoView> infos(List<PnfdInfo> rows) {
        List<String> pnfdIds = rows.stream()
                .flatMap(r -> r.getPnfd().map(PnfdInfo.Pnfd::pnfdId).stream())
                .toList();
        Set<String> used = new HashSet<>();
        if (!pnfdIds.isEmpty()) {
            usages.forEach(u -> used.addAll(u.usedAmong(pnfdIds)));
        }
        return rows.stream()
                .map(r ->
                        view(r, r.getPnfd().map(p -> used.contains(p.pnfdId())).orElse(false)))
                .toList();
    }

    @Override
    protected PnfdInfoView info(PnfdInfo info) {
        return view(info, inUse(info));
    }

    private PnfdInfoView view(PnfdInfo info, boolean inUse) {
        var pnfd = info.getPnfd();
        String self = COLLECTION + "/" + info.getId();
        Map<String, Sol005Views.Link> links = new LinkedHashMap<>();
        links.put("self", new Sol005Views.Link(self));
        links.put("pnfd_content", new Sol005Views.Link(self + "/pnfd_content"));
        return new PnfdInfoView(
                info.getId(),
                pnfd.map(PnfdInfo.Pnfd::pnfdId).orElse(null),
                pnfd.map(PnfdInfo.Pnfd::name).orElse(null),
                pnfd.map(PnfdInfo.Pnfd::version).orElse(null),
                pnfd.map(PnfdInfo.Pnfd::provider).orElse(null),
                pnfd.map(PnfdInfo.Pnfd::invariantId).orElse(null),
                info.getOnboardingState().name(),
                info.getFailureJson()
                        .map(f -> deps.notifications().json().read(f, FailureDetails.class))
                        .orElse(null),
                inUse ? "IN_USE" : "NOT_IN_USE",
                deps.notifications().json().map(info.getUserDefinedJson()),
                links);
    }

    /** The name the PNFD was uploaded under, for {@code pnfd_content}'s Content-Disposition. */
    public Optional<String> contentName(UUID id) {
        return resource(id).getContentName();
    }

    /** The PNFD as SOL001 YAML, written by the engine from the catalog's model. */
    public String pnfd(UUID id) {
        Sol001Writer.Written written = pnfdFiles(id);
        return written.files().get(written.entry());
    }

    /** The PNFD's files as the engine writes them. */
    public Sol001Writer.Written pnfdFiles(UUID id) {
        PnfdInfo info = resource(id);
        UUID catalogId = info.getPnfd()
                .map(PnfdInfo.Pnfd::catalogId)
                .orElseThrow(() -> new ChainlineException(
                        "PNFD-NOT-ONBOARDED",
                        Category.CONFLICT,
                        "This PNF descriptor is " + info.getOnboardingState()
                                + "; its PNFD is there once it is ONBOARDED."));
        return catalog.exportYaml(catalogId)
                .written()
                .orElseThrow(() -> new ChainlineException(
                        "PNFD-UNWRITABLE", Category.CONFLICT, "The PNFD cannot be written as SOL001 YAML."));
    }

    /** The subscription filter's attributes a PNFD notification is matched on (NsdmNotificationsFilter). */
    private static Map<String, String> subject(UUID id, String pnfdId) {
        return Map.of("pnfdInfoIds", id.toString(), "pnfdId", pnfdId);
    }

    /** PnfdmLinks of a notification: the PNFD resource (the subscription link is added by Notifications). */
    static Map<String, Object> links(UUID id) {
        return Map.of("pnfdInfo", Map.of("href", COLLECTION + "/" + id));
    }
}
