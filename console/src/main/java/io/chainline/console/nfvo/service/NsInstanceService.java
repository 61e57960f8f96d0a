package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.nfvo.domain.NsInstance;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.OperationalState;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** SOL005 NS instances: created from an onboarded, enabled NSD; deleted once nothing of them runs. */
@Service
public class NsInstanceService {

    static final String API = "nslcm";
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    private final NsInstanceRepository instances;
    private final NsdService nsds;
    private final DeploymentQueries deploymentQueries;
    private final DeploymentService deployments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    NsInstanceService(
            NsInstanceRepository instances,
            NsdService nsds,
            DeploymentQueries deploymentQueries,
            DeploymentService deployments,
            Notifications notifications,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock) {
        this.instances = instances;
        this.nsds = nsds;
        this.deploymentQueries = deploymentQueries;
        this.deployments = deployments;
        this.notifications = notifications;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Sol005Views.NsInstanceView create(NsRequests.CreateNsRequest request, String actor) {
        String name = Optional.ofNullable(request.nsName()).map(String::strip).orElse("");
        if (!DNS_LABEL.matcher(name).matches()) {
            throw new ChainlineException(
                    "NS-NAME-INVALID",
                    Category.INVALID,
                    "nsName must be a DNS label (lower-case letters, digits and '-', at most 63): it names the"
                            + " deployment and its workloads; got '" + name + "'.");
        }
        NsdInfo nsd = enabledNsd(request.nsdId());
        if (deploymentQueries.findByName(name).isPresent()
                || Boolean.TRUE.equals(tx.execute(s -> instances.existsByName(name)))) {
            throw new ChainlineException(
                    "NS-NAME-TAKEN",
                    Category.CONFLICT,
                    "An NS instance or deployment is already named " + name + "; choose another nsName.");
        }
        return view(tx.execute(s -> created(name, request, nsd, actor)));
    }

    /** The onboarded, enabled NSD an instance is created from; refused otherwise. */
    private NsdInfo enabledNsd(String nsdId) {
        NsdInfo nsd = nsds.onboardedByNsdId(String.valueOf(nsdId))
                .orElseThrow(() -> new ChainlineException(
                        "NS-NSD-NOT-ONBOARDED",
                        Category.INVALID,
                        "No onboarded NS descriptor has the nsdId " + nsdId + "; onboard it first."));
        if (nsd.getOperationalState() != OperationalState.ENABLED) {
            throw new ChainlineException(
                    "NS-NSD-DISABLED",
                    Category.CONFLICT,
                    "The NS descriptor " + nsdId + " is DISABLED; enable it to create instances of it.");
        }
        return nsd;
    }

    /** Stores the instance, audits it and queues SOL005's creation notification, in the caller's transaction. */
    private NsInstance created(String name, NsRequests.CreateNsRequest request, NsdInfo nsd, String actor) {
        NsInstance instance = instances.save(new NsInstance(
                UUID.randomUUID(),
                name,
                Optional.ofNullable(request.nsDescription()).orElse(""),
                nsd.getId(),
                actor,
                clock.instant()));
        audit.record(
                actor,
                "ns_instance.created",
                "ns_instance",
                instance.getId().toString(),
                name + " of NSD " + request.nsdId());
        notifications.publish(
                API,
                "NsIdentifierCreationNotification",
                Map.of("nsInstanceId", instance.getId(), "_links", links(instance.getId())),
                Map.of("nsInstanceId", instance.getId().toString()));
        return instance;
    }

    public List<Sol005Views.NsInstanceView> list() {
        return tx.execute(s -> instances.findAllByOrderByCreatedAtAsc()).stream()
                .map(this::view)
                .toList();
    }

    public Sol005Views.NsInstanceView get(UUID id) {
        return view(load(id));
    }

    NsInstance load(UUID id) {
        return tx.execute(s -> instances
                .findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "NS-NOT-FOUND", Category.NOT_FOUND, "No NS instance has the id " + id + ".")));
    }

    /** NOT_INSTANTIATED until instantiated, and again once terminated. */
    boolean instantiated(NsInstance instance) {
        return deploymentOf(instance)
                .map(d -> d.state() != DeploymentState.TERMINATED && d.state() != DeploymentState.NOT_INSTANTIATED)
                .orElse(false);
    }

    Optional<DeploymentViews.DeploymentSummary> deploymentOf(NsInstance instance) {
        return instance.getDeploymentId()
                .flatMap(id -> deploymentQueries.findByName(instance.getName()).filter(d -> d.id().equals(id)));
    }

    /** SOL005: only a NOT_INSTANTIATED instance is deleted; its terminated deployment's record goes with it. */
    public void delete(UUID id, String actor) {
        NsInstance instance = load(id);
        if (instantiated(instance)) {
            throw new ChainlineException(
                    "NS-INSTANTIATED", Category.CONFLICT, instance.getName() + " is INSTANTIATED; terminate it first.");
        }
        deploymentOf(instance).ifPresent(d -> deployments.delete(d.id(), actor));
        tx.executeWithoutResult(s -> {
            instances.delete(instances.findById(id).orElseThrow());
            audit.record(actor, "ns_instance.deleted", "ns_instance", id.toString(), instance.getName());
            notifications.publish(
                    API,
                    "NsIdentifierDeletionNotification",
                    Map.of("nsInstanceId", id, "_links", links(id)),
                    Map.of("nsInstanceId", id.toString()));
        });
    }

    Sol005Views.NsInstanceView view(NsInstance instance) {
        NsdInfo nsd = nsds.resource(instance.getNsdInfoId());
        Optional<DeploymentViews.DeploymentSummary> deployment = deploymentOf(instance);
        List<Sol005Views.VnfInstanceView> vnfs = deployment
                .filter(d -> d.state() != DeploymentState.TERMINATED)
                .map(d -> vnfInstances(deploymentQueries.detail(d.id()).desired()))
                .orElse(null);
        return new Sol005Views.NsInstanceView(
                instance.getId(),
                instance.getName(),
                instance.getDescription(),
                nsd.getNsd().map(NsdInfo.Nsd::nsdId).orElse(null),
                instance.getNsdInfoId(),
                instantiated(instance) ? "INSTANTIATED" : "NOT_INSTANTIATED",
                deployment.map(DeploymentViews.DeploymentSummary::id).orElse(null),
                deployment.map(d -> d.state().name()).orElse(null),
                vnfs,
                links(instance.getId()).entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> new Sol005Views.Link(
                                        ((Map<?, ?>) e.getValue()).get("href").toString()),
                                (a, b) -> a,
                                LinkedHashMap::new)));
    }

    private static List<Sol005Views.VnfInstanceView> vnfInstances(DesiredState desired) {
        Map<String, List<DesiredState.PlacedVdu>> byNf = desired.placements().stream()
                .collect(Collectors.groupingBy(DesiredState.PlacedVdu::nf, LinkedHashMap::new, Collectors.toList()));
        return byNf.entrySet().stream()
                .map(e -> new Sol005Views.VnfInstanceView(
                        e.getKey(),
                        null,
                        e.getKey(),
                        "INSTANTIATED",
                        e.getValue().stream()
                                .map(DesiredState.PlacedVdu::targetName)
                                .distinct()
                                .toList()))
                .toList();
    }

    static Map<String, Object> links(UUID id) {
        String self = "/api/nslcm/v2/ns_instances/" + id;
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", self));
        for (String task : List.of("instantiate", "scale", "heal", "terminate")) {
            links.put(task, Map.of("href", self + "/" + task));
        }
        return links;
    }
}
