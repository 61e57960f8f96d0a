package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.chain.service.ChainExchange;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.nfvo.domain.ImportCheck;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.NsdInfoRepository;
import io.chainline.console.nfvo.domain.OnboardingState;
import io.chainline.console.nfvo.domain.OperationalState;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import io.chainline.tosca.sol001.Sol001Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

/**
 * SOL005 NS descriptors over the chain designer: an onboarded NSD is a published service chain version, whose VNFDs
 * must already be in the catalog (onboard their packages first).
 */
@Service
public class NsdService extends Onboarding<NsdInfo, Sol005Views.NsdInfoView> {

    private static final Logger log = LoggerFactory.getLogger(NsdService.class);

    static final String API = "nsd";

    private final NsdInfoRepository nsds;
    private final NsInstanceRepository instances;
    private final ChainExchange exchange;
    private final ChainService chains;

    NsdService(
            Deps deps,
            NsdInfoRepository nsds,
            NsInstanceRepository instances,
            ChainExchange exchange,
            ChainService chains) {
        super(new Kind("NSD", "NS descriptor", "nsd", API), deps);
        this.nsds = nsds;
        this.instances = instances;
        this.exchange = exchange;
        this.chains = chains;
    }

    @Override
    protected JpaRepository<NsdInfo, UUID> repository() {
        return nsds;
    }

    @Override
    protected String table() {
        return "ns_descriptor_info";
    }

    @Override
    protected NsdInfo newResource(UUID id, String userDefinedJson, String actor) {
        return new NsdInfo(id, userDefinedJson, actor, deps.clock().instant());
    }

    @Override
    protected Optional<FailureDetails> onboard(UUID id, String fileName, byte[] bytes, String actor) {
        ChainExchange.Outcome outcome = exchange.importFile(fileName, bytes, actor);
        if (!outcome.accepted()) {
            return Optional.of(VnfPackageService.rejected(fileName, outcome.profile(), outcome.issues()));
        }
        ChainSummary published = publish(outcome.stored().orElseThrow(), actor);
        ImportCheck check = OnboardingChecks.of(
                outcome.profile(), outcome.warnings(), deps.notifications().json());
        deps.tx().executeWithoutResult(s -> onboarded(id, published, check, actor));
        return Optional.empty();
    }

    /** A draft that cannot be published is removed again: a failed upload leaves nothing among the chains. */
    private ChainSummary publish(ChainSummary draft, String actor) {
        try {
            return chains.publish(draft.id(), draft.version(), actor);
        } catch (ChainlineException e) {
            chains.delete(draft.id(), chains.get(draft.id()).summary().version(), actor);
            throw e;
        }
    }

    private void onboarded(UUID id, ChainSummary published, ImportCheck check, String actor) {
        NsdInfo nsd = load(id);
        nsd.checked(check);
        nsd.onboarded(
                new NsdInfo.Nsd(
                        published.id(),
                        published.descriptorId(),
                        published.name(),
                        published.nsVersion(),
                        published.designer()),
                deps.clock().instant());
        deps.audit()
                .record(
                        actor,
                        "nsd.onboarded",
                        "nsd",
                        id.toString(),
                        published.name() + " " + published.nsVersion() + " (NSD " + published.descriptorId() + ")");
        deps.notifications()
                .publish(
                        API,
                        "NsdOnboardingNotification",
                        Map.of("nsdInfoId", id, "nsdId", published.descriptorId(), "_links", links(id)),
                        Map.of("nsdInfoId", id.toString(), "nsdId", published.descriptorId()));
    }

    @Override
    protected boolean inUse(NsdInfo nsd) {
        return instances.existsByNsdInfoId(nsd.getId());
    }

    /** The chain version leaves the designer with its descriptor, unless a deployment still names it. */
    @Override
    protected void forget(NsdInfo nsd, String actor) {
        nsd.getNsd()
                .ifPresent(n -> chains.delete(
                        n.chainId(), chains.get(n.chainId()).summary().version(), actor));
    }

    @Override
    protected void changed(NsdInfo nsd, String changeType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nsdInfoId", nsd.getId());
        nsd.getNsd().ifPresent(n -> body.put("nsdId", n.nsdId()));
        String type = switch (changeType) {
            case "ONBOARDING_FAILURE" -> "NsdOnboardingFailureNotification";
            case "PKG_DELETE" -> "NsdDeletionNotification";
            default -> "NsdChangeNotification";
        };
        if ("ONBOARDING_FAILURE".equals(changeType)) {
            nsd.getFailureJson()
                    .ifPresent(f -> body.put(
                            "onboardingFailureDetails",
                            deps.notifications().json().map(f)));
        } else if ("OP_STATE_CHANGE".equals(changeType)) {
            body.put("nsdOperationalState", nsd.getOperationalState().name());
        }
        body.put("_links", links(nsd.getId()));
        deps.notifications()
                .publish(API, type, body, Map.of("nsdInfoId", nsd.getId().toString()));
    }

    @Override
    protected Class<NsdInfo> entity() {
        return NsdInfo.class;
    }

    /** What NsdInfo shows from its own columns; vnfPkgIds and the usage state are derived, so filtered in memory. */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "nsdId", KeysetPages.Column.text("nsdId"),
            "nsdName", KeysetPages.Column.text("nsdName"),
            "nsdVersion", KeysetPages.Column.text("nsdVersion"),
            "nsdDesigner", KeysetPages.Column.text("nsdDesigner"),
            "nsdOnboardingState", KeysetPages.Column.of("onboardingState", OnboardingState.class),
            "nsdOperationalState", KeysetPages.Column.of("operationalState", OperationalState.class));

    @Override
    protected Map<String, KeysetPages.Column> columns() {
        return COLUMNS;
    }

    /** The page's usage states and VNFD ids from two queries, not two per NSD. */
    @Override
    protected List<Sol005Views.NsdInfoView> infos(List<NsdInfo> rows) {
        List<UUID> ids = rows.stream().map(NsdInfo::getId).toList();
        Set<UUID> used = ids.isEmpty() ? Set.of() : Set.copyOf(instances.findNsdInfoIdsIn(ids));
        List<UUID> chainIds = rows.stream()
                .flatMap(n -> n.getNsd().map(NsdInfo.Nsd::chainId).stream())
                .toList();
        Map<UUID, NsDescriptor> descriptors = chainIds.isEmpty() ? Map.of() : chains.descriptors(chainIds);
        return rows.stream()
                .map(n -> Sol005Infos.nsd(
                        n,
                        n.getNsd()
                                .map(d -> vnfdIdsOf(d, descriptors.get(d.chainId())))
                                .orElse(List.of()),
                        used.contains(n.getId()),
                        deps.notifications().json()))
                .toList();
    }

    private static List<String> vnfdIdsOf(NsdInfo.Nsd nsd, NsDescriptor descriptor) {
        if (descriptor == null) {
            log.warn("chainline.nsd.chain-missing nsdId={} chain={}", nsd.nsdId(), nsd.chainId());
            return List.of();
        }
        return descriptor.vnfs().stream()
                .map(VnfProfileRef::descriptorId)
                .distinct()
                .toList();
    }

    @Override
    protected Sol005Views.NsdInfoView info(NsdInfo nsd) {
        return Sol005Infos.nsd(
                nsd, vnfdIdsOf(nsd), inUse(nsd), deps.notifications().json());
    }

    /** The name the NSD was uploaded under, for {@code nsd_content}'s Content-Disposition. */
    public Optional<String> contentName(UUID id) {
        return resource(id).getContentName();
    }

    /** The NSD as SOL001 YAML, written by the engine from the chain designer's model. */
    public String nsd(UUID id) {
        Sol001Writer.Written written = nsdFiles(id);
        return written.files().get(written.entry());
    }

    /** The NSD's files as the engine writes them: the entry YAML and what it imports. */
    public Sol001Writer.Written nsdFiles(UUID id) {
        NsdInfo info = resource(id);
        UUID chainId = info.getNsd().map(NsdInfo.Nsd::chainId).orElseThrow(() -> notOnboarded(info));
        return exchange.exportYaml(chainId)
                .written()
                .orElseThrow(() -> new ChainlineException(
                        "NSD-UNWRITABLE", Category.CONFLICT, "The NSD cannot be written as SOL001 YAML."));
    }

    /** The VNFD ids the NSD uses, for NsdInfo.vnfPkgIds. */
    private List<String> vnfdIdsOf(NsdInfo info) {
        return info.getNsd().map(this::vnfdIdsOf).orElse(List.of());
    }

    /**
     * The VNFDs the NSD's chain version uses; none when that version is gone (removed in the designer behind the
     * NSD's back): one such NSD must not make the whole list fail.
     */
    private List<String> vnfdIdsOf(NsdInfo.Nsd nsd) {
        try {
            return chains.get(nsd.chainId()).descriptor().vnfs().stream()
                    .map(VnfProfileRef::descriptorId)
                    .distinct()
                    .toList();
        } catch (ChainlineException e) {
            if (e.category() != Category.NOT_FOUND) {
                throw e;
            }
            log.warn("chainline.nsd.chain-missing nsdId={} chain={}", nsd.nsdId(), nsd.chainId());
            return List.of();
        }
    }

    /** These NSD infos by id, in one query (a page of NS instances); unknown ids are absent. */
    Map<UUID, NsdInfo> resources(Collection<UUID> ids) {
        Map<UUID, NsdInfo> found = new HashMap<>();
        deps.tx().executeWithoutResult(s -> nsds.findAllById(ids).forEach(n -> found.put(n.getId(), n)));
        return found;
    }

    /** The onboarded NSD of this descriptor id, for creating an NS instance. */
    Optional<NsdInfo> onboardedByNsdId(String nsdId) {
        return deps.tx().execute(s -> nsds.findFirstByNsdIdAndOnboardingState(nsdId, OnboardingState.ONBOARDED));
    }

    /**
     * NsdmLinks of a notification: {@code nsdInfo} is the one SOL005 requires (V2.6.1 and V3.3.1, with
     * {@code subscription}, which Notifications adds); {@code self} and {@code nsd_content} stay for subscribers
     * that read them already.
     */
    static Map<String, Object> links(UUID id) {
        String self = "/api/nsd/v2/ns_descriptors/" + id;
        return Map.of(
                "nsdInfo",
                Map.of("href", self),
                "self",
                Map.of("href", self),
                "nsd_content",
                Map.of("href", self + "/nsd_content"));
    }

    private static ChainlineException notOnboarded(NsdInfo info) {
        return new ChainlineException(
                "NSD-NOT-ONBOARDED",
                Category.CONFLICT,
                "This NS descriptor is " + info.getOnboardingState() + "; its NSD is there once it is ONBOARDED.");
    }
}
