package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DesiredState;
import io.chainline.console.deployment.service.JobOrder;
import io.chainline.console.deployment.service.JobOrders;
import io.chainline.console.deployment.service.JobOrigin;
import io.chainline.console.nfvo.domain.LcmOperationType;
import io.chainline.console.nfvo.domain.NsInstance;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import io.chainline.console.nfvo.domain.NsLcmOpOcc;
import io.chainline.console.nfvo.domain.NsLcmOpOccRepository;
import io.chainline.console.nfvo.domain.NsdInfo;
import io.chainline.console.nfvo.domain.OperationalState;
import io.chainline.console.nfvo.domain.VnfPackage;
import io.chainline.tosca.model.VnfProfileRef;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SOL005 NS lifecycle tasks. Each becomes a deployment job, started as if asked in the console (maintenance
 * windows apply); its operation occurrence is recorded first, under the job's id, so no job ever runs without one.
 */
@Service
public class NsLcmService {

    private final NsInstanceService instances;
    private final NsInstanceRepository instanceRows;
    private final NsLcmOpOccRepository opOccs;
    private final NsdService nsds;
    private final VnfPackageService packages;
    private final ChainService chains;
    private final JobOrders orders;
    private final DeploymentService deployments;
    private final DeploymentQueries deploymentQueries;
    private final OpOccService occurrences;
    private final Sol005Json json;
    private final TransactionTemplate tx;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the lifecycle spans the NFVO's resources and the deployment feature
    NsLcmService(
            NsInstanceService instances,
            NsInstanceRepository instanceRows,
            NsLcmOpOccRepository opOccs,
            NsdService nsds,
            VnfPackageService packages,
            ChainService chains,
            JobOrders orders,
            DeploymentService deployments,
            DeploymentQueries deploymentQueries,
            OpOccService occurrences,
            Sol005Json json,
            TransactionTemplate tx,
            Clock clock) {
        this.instances = instances;
        this.instanceRows = instanceRows;
        this.opOccs = opOccs;
        this.nsds = nsds;
        this.packages = packages;
        this.chains = chains;
        this.orders = orders;
        this.deployments = deployments;
        this.deploymentQueries = deploymentQueries;
        this.occurrences = occurrences;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return the operation occurrence's id (the 202's Location) */
    public UUID instantiate(UUID id, NsRequests.InstantiateNsRequest request, String actor) {
        NsInstance instance = instances.load(id);
        if (instances.instantiated(instance)) {
            throw new ChainlineException(
                    "NS-INSTANTIATED",
                    Category.CONFLICT,
                    instance.getName() + " is already INSTANTIATED; scale, heal or terminate it.");
        }
        NsdInfo nsd = nsds.resource(instance.getNsdInfoId());
        UUID chainId = nsd.getNsd().map(NsdInfo.Nsd::chainId).orElseThrow();
        requireEnabled(nsd, chainId);
        DeploymentSettings settings = settings(request.additionalParamsForNs());
        instances.deploymentOf(instance).ifPresent(old -> deployments.delete(old.id(), actor)); // terminated before
        JobOrder order = new JobOrder(
                Operation.INSTANTIATE,
                Optional.empty(),
                instance.getName(),
                Optional.of(chainId),
                Optional.of(settings),
                null,
                null,
                null,
                null);
        return run(instance, LcmOperationType.INSTANTIATE, request, order, actor);
    }

    public UUID scale(UUID id, NsRequests.ScaleNsRequest request, String actor) {
        NsInstance instance = instances.load(id);
        UUID deployment = running(instance);
        if (!"SCALE_VNF".equals(request.scaleType()) || request.scaleVnfData().size() != 1) {
            throw new ChainlineException(
                    "NS-SCALE-UNSUPPORTED",
                    Category.INVALID,
                    "Chainline scales one network function per operation: scaleType SCALE_VNF with one scaleVnfData.");
        }
        JobOrder order = NsScaling.order(
                request.scaleVnfData().getFirst(),
                deployment,
                instance.getName(),
                deploymentQueries.detail(deployment).settings());
        return run(instance, LcmOperationType.SCALE, request, order, actor);
    }

    public UUID heal(UUID id, NsRequests.HealNsRequest request, String actor) {
        NsInstance instance = instances.load(id);
        UUID deployment = running(instance);
        if (request.healVnfData().size() != 1) {
            throw new ChainlineException(
                    "NS-HEAL-UNSUPPORTED",
                    Category.INVALID,
                    "Chainline heals one network function or workload per operation: send one healVnfData.");
        }
        String workload = workload(
                request.healVnfData().getFirst(),
                deploymentQueries.detail(deployment).desired());
        JobOrder order = new JobOrder(
                Operation.HEAL,
                Optional.of(deployment),
                instance.getName(),
                null,
                null,
                null,
                null,
                null,
                Optional.of(workload));
        return run(instance, LcmOperationType.HEAL, request, order, actor);
    }

    public UUID terminate(UUID id, NsRequests.TerminateNsRequest request, String actor) {
        NsInstance instance = instances.load(id);
        if (request != null
                && request.terminationTime() != null
                && request.terminationTime().isAfter(clock.instant().plusSeconds(60))) {
            throw new ChainlineException(
                    "NS-TERMINATION-TIME",
                    Category.INVALID,
                    "A later terminationTime is a scheduled job in Chainline: POST /api/v1/schedules, or omit it.");
        }
        UUID deployment = running(instance);
        JobOrder order = new JobOrder(
                Operation.TERMINATE, Optional.of(deployment), instance.getName(), null, null, null, null, null, null);
        return run(instance, LcmOperationType.TERMINATE, request, order, actor);
    }

    private UUID run(NsInstance instance, LcmOperationType type, Object request, JobOrder order, String actor) {
        orders.check(order);
        UUID jobId = UUID.randomUUID();
        tx.executeWithoutResult(
                s -> opOccs.save(new NsLcmOpOcc(jobId, instance.getId(), type, json.write(request), clock.instant())));
        DeploymentViews.JobSummary job;
        try {
            job = orders.execute(order, new JobOrigin(jobId, false), actor);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> opOccs.deleteById(jobId)); // refused: no operation happened
            throw e;
        }
        if (type == LcmOperationType.INSTANTIATE) {
            tx.executeWithoutResult(
                    s -> instanceRows.findById(instance.getId()).orElseThrow().instantiatedAs(job.deploymentId()));
        }
        occurrences.started(jobId);
        return jobId;
    }

    private UUID running(NsInstance instance) {
        if (!instances.instantiated(instance)) {
            throw new ChainlineException(
                    "NS-NOT-INSTANTIATED",
                    Category.CONFLICT,
                    instance.getName() + " is NOT_INSTANTIATED; instantiate it first.");
        }
        return instance.getDeploymentId().orElseThrow();
    }

    /** SOL005: an NSD and the packages of its VNFDs must be ENABLED for new instantiations. */
    private void requireEnabled(NsdInfo nsd, UUID chainId) {
        if (nsd.getOperationalState() != OperationalState.ENABLED) {
            throw new ChainlineException(
                    "NS-NSD-DISABLED",
                    Category.CONFLICT,
                    "The NS descriptor " + nsd.getId() + " is DISABLED; enable it to instantiate.");
        }
        List<String> vnfdIds = chains.get(chainId).descriptor().vnfs().stream()
                .map(VnfProfileRef::descriptorId)
                .toList();
        List<String> disabled = packages.byVnfdIds(vnfdIds).stream()
                .filter(p -> p.getOperationalState() == OperationalState.DISABLED)
                .map(p -> p.getId() + " ("
                        + p.getVnfd().map(VnfPackage.Vnfd::productName).orElse("?") + ")")
                .toList();
        if (!disabled.isEmpty()) {
            throw new ChainlineException(
                    "NS-VNFPKG-DISABLED",
                    Category.CONFLICT,
                    "VNF packages this NS uses are DISABLED: " + disabled + "; enable them to instantiate.");
        }
    }

    private DeploymentSettings settings(Map<String, Object> additional) {
        if (additional == null || additional.isEmpty()) {
            return DeploymentSettings.defaults();
        }
        try {
            return json.read(json.write(additional), DeploymentSettings.class);
        } catch (RuntimeException e) {
            throw new ChainlineException(
                    "NS-PARAMS-INVALID",
                    Category.INVALID,
                    "additionalParamsForNs are Chainline's deployment settings (targets, targetLabels, overrides,"
                            + " onFailure, requireSignatures, trustedKeys, levels, aspects, readiness): "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    private static String workload(NsRequests.HealVnfData heal, DesiredState desired) {
        Object named =
                heal.additionalParams() == null ? null : heal.additionalParams().get("workload");
        if (named != null) {
            return named.toString();
        }
        List<String> ofNf = desired.placements().stream()
                .filter(p -> p.nf().equals(heal.vnfInstanceId()) || p.workload().equals(heal.vnfInstanceId()))
                .map(DesiredState.PlacedVdu::workload)
                .distinct()
                .toList();
        if (ofNf.size() != 1) {
            throw new ChainlineException(
                    "NS-HEAL-AMBIGUOUS",
                    Category.INVALID,
                    heal.vnfInstanceId() + " names " + ofNf.size() + " workloads " + ofNf
                            + "; name one in additionalParams.workload.");
        }
        return ofNf.getFirst();
    }
}
