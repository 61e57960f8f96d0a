package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
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
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** SOL005 NS instances: created from an onboarded, enabled NSD; deleted once nothing of them runs. */
@Service
public class NsInstanceService {

    static final String API = "nslcm";

    private final NsInstanceRepository instances;
    private final NsdService nsds;
    private final DeploymentQueries deploymentQueries;
    private final DeploymentService deployments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final NsVnfInstances vnfInstances;
    private final KeysetPages pages;

    NsInstanceService(
            NsInstanceRepository instances,
            NsdService nsds,
            DeploymentQueries deploymentQueries,
            DeploymentService deployments,
            Notifications notifications,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            NsVnfInstances vnfInstances,
            KeysetPages pages) {
        this.instances = instances;
        this.nsds = nsds;
        this.deploymentQueries = deploymentQueries;
        this.deployments = deployments;
        this.notifications = notifications;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.vnfInstances = vnfInstances;
        this.pages = pages;
    }

    public Sol005Views.NsInstanceView create(NsRequests.CreateNsRequest request, String actor) {
        String nsName = Optional.ofNullable(request.nsName()).map(String::strip).orElse("");
        if (nsName.isEmpty() || nsName.length() > 255) {
            throw new ChainlineException(
                    "NS-NAME-INVALID",
                    Category.INVALID,
                    "nsName is required, at most 255 characters; any text will do (its deployment is named after"
                            + " it as a DNS label).");
        }
        NsdInfo nsd = enabledNsd(request.nsdId());
        for (int attempt = 1; ; attempt++) {
            try {
                return view(
                        tx.execute(s -> created(DnsNames.derive(nsName, this::taken), nsName, request, nsd, actor)));
            } catch (DataIntegrityViolationException sameLabel) {
                // two clients chose names with the same label at once: the unique name refused the second; the
                // next attempt sees the first's label taken and derives another
                if (attempt == 3) {
                    throw sameLabel;
                }
            }
        }
    }

    /** A label a deployment or another NS instance already has. */
    private boolean taken(String label) {
        return deploymentQueries.findByName(label).isPresent() || instances.existsByName(label);
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
    private NsInstance created(
            String name, String nsName, NsRequests.CreateNsRequest request, NsdInfo nsd, String actor) {
        NsInstance instance = instances.save(new NsInstance(
                UUID.randomUUID(),
                name,
                nsName,
                Optional.ofNullable(request.nsDescription()).orElse(""),
                nsd.getId(),
                actor,
                clock.instant()));
        audit.record(
                actor,
                "ns_instance.created",
                "ns_instance",
                instance.getId().toString(),
                nsName + " (" + name + ") of NSD " + request.nsdId());
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

    /**
     * What NsInstance shows from its own columns. deploymentId is left to memory: it shows only while its deployment
     * exists, so the column would keep rows a neq should not.
     */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "nsInstanceName", KeysetPages.Column.text("nsName"),
            "nsInstanceDescription", KeysetPages.Column.text("description"),
            "nsdInfoId", KeysetPages.Column.uuid("nsdInfoId"));

    /** One page (ADR 0044): its NSDs, deployments (with last jobs and steps), chains and packages read once each. */
    public List<KeysetPages.Keyed<Sol005Views.NsInstanceView>> page(KeysetPages.Request request) {
        return tx.execute(s -> {
            List<NsInstance> rows = pages.rows(NsInstance.class, COLUMNS, request, null);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, NsdInfo> nsdOf =
                    nsds.resources(rows.stream().map(NsInstance::getNsdInfoId).toList());
            Map<UUID, DeploymentQueries.Deployed> deployed = deploymentQueries.deployed(
                    rows.stream().flatMap(i -> i.getDeploymentId().stream()).toList());
            // only a live deployment shows VNF instances: the chains and packages are read for those alone
            NsVnfInstances.Page vnfs = vnfInstances.page(rows.stream()
                    .filter(i -> deployedOf(i, deployed)
                            .filter(NsInstanceService::live)
                            .isPresent())
                    .map(i -> nsdOf.get(i.getNsdInfoId()))
                    .toList());
            return rows.stream()
                    .map(i -> new KeysetPages.Keyed<>(
                            new KeysetPages.Key(i.getCreatedAt(), i.getId()),
                            view(i, nsdOf.get(i.getNsdInfoId()), deployedOf(i, deployed), vnfs)))
                    .toList();
        });
    }

    private static boolean live(DeploymentQueries.Deployed deployed) {
        return deployed.summary().state() != DeploymentState.TERMINATED;
    }

    /** As {@link #deploymentOf}: the instance's deployment while it still has the instance's name. */
    private static Optional<DeploymentQueries.Deployed> deployedOf(
            NsInstance instance, Map<UUID, DeploymentQueries.Deployed> deployed) {
        return instance.getDeploymentId()
                .map(deployed::get)
                .filter(d -> d.summary().name().equals(instance.getName()));
    }

    public Sol005Views.NsInstanceView get(UUID id) {
        return view(load(id));
    }

    /** The NS instance with its ETag: a digest of what a GET shows, so nsState and vnfInstance changes change it. */
    public Tagged<Sol005Views.NsInstanceView> tagged(UUID id) {
        Sol005Views.NsInstanceView view = get(id);
        return new Tagged<>(view, IfMatch.etag(notifications.json().write(view)));
    }

    /**
     * SOL005 tasks and DELETE with If-Match: refused (412 NS-CHANGED) unless the instance is as the client last saw
     * it. Checked as the request is taken; the task's own state rules (409) still guard what runs.
     */
    public void requireUnchanged(UUID id, IfMatch ifMatch) {
        ifMatch.require(() -> tagged(id).etag(), "NS", "NS instance");
    }

    NsInstance load(UUID id) {
        return tx.execute(s -> instances
                .findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "NS-NOT-FOUND", Category.NOT_FOUND, "No NS instance has the id " + id + ".")));
    }

    /** NOT_INSTANTIATED until instantiated, and again once terminated. */
    boolean instantiated(NsInstance instance) {
        return instantiated(deploymentOf(instance));
    }

    private static boolean instantiated(Optional<DeploymentViews.DeploymentSummary> deployment) {
        return deployment
                .map(d -> d.state() != DeploymentState.TERMINATED && d.state() != DeploymentState.NOT_INSTANTIATED)
                .orElse(false);
    }

    Optional<DeploymentViews.DeploymentSummary> deploymentOf(NsInstance instance) {
        return instance.getDeploymentId()
                .flatMap(id -> deploymentQueries.findByName(instance.getName()).filter(d -> d.id().equals(id)));
    }

    /** SOL005: only a NOT_INSTANTIATED instance is deleted; its terminated deployment's record goes with it. */
    public void delete(UUID id, String actor) {
        delete(id, IfMatch.ABSENT, actor);
    }

    public void delete(UUID id, IfMatch ifMatch, String actor) {
        requireUnchanged(id, ifMatch);
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
                .map(d -> vnfInstances.of(nsd, deploymentQueries.detail(d.id()).desired()))
                .orElse(null);
        return view(instance, nsd, deployment, vnfs);
    }

    private Sol005Views.NsInstanceView view(
            NsInstance instance, NsdInfo nsd, Optional<DeploymentQueries.Deployed> deployed, NsVnfInstances.Page page) {
        List<Sol005Views.VnfInstanceView> vnfs = deployed.filter(NsInstanceService::live)
                .map(d -> page.of(nsd, d.desired()))
                .orElse(null);
        return view(instance, nsd, deployed.map(DeploymentQueries.Deployed::summary), vnfs);
    }

    private static Sol005Views.NsInstanceView view(
            NsInstance instance,
            NsdInfo nsd,
            Optional<DeploymentViews.DeploymentSummary> deployment,
            List<Sol005Views.VnfInstanceView> vnfs) {
        return new Sol005Views.NsInstanceView(
                instance.getId(),
                instance.getNsName(),
                // nsInstanceDescription is mandatory in SOL005 (table 6.5.2.10-1); a client may have given none.
                Optional.ofNullable(instance.getDescription()).orElse(""),
                nsd.getNsd().map(NsdInfo.Nsd::nsdId).orElse(null),
                instance.getNsdInfoId(),
                instantiated(deployment) ? "INSTANTIATED" : "NOT_INSTANTIATED",
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
