package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentQueries;
import io.chainline.console.deployment.service.DeploymentService;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.JobEnded;
import io.chainline.console.nfvo.domain.LcmOperationType;
import io.chainline.console.nfvo.domain.NsInstanceRepository;
import io.chainline.console.nfvo.domain.NsLcmOpOcc;
import io.chainline.console.nfvo.domain.NsLcmOpOccRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SOL005 NS lifecycle operation occurrences, read from their deployment jobs, with the tasks a client may ask of
 * them, and their notifications (START when the job is under way, RESULT after its end commits).
 */
@Service
public class OpOccService {

    /** The listener's id in the event publication registry: stable, so renaming the method strands no publication. */
    static final String LISTENER_ID = "nfvo.op-occ-result";

    private final NsLcmOpOccRepository opOccs;
    private final NsInstanceRepository instances;
    private final DeploymentQueries queries;
    private final DeploymentService deployments;
    private final Notifications notifications;
    private final Sol005Json json;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final KeysetPages pages;

    OpOccService(
            NsLcmOpOccRepository opOccs,
            NsInstanceRepository instances,
            DeploymentQueries queries,
            DeploymentService deployments,
            Notifications notifications,
            Sol005Json json,
            AuditLog audit,
            TransactionTemplate tx,
            KeysetPages pages) {
        this.opOccs = opOccs;
        this.instances = instances;
        this.queries = queries;
        this.deployments = deployments;
        this.notifications = notifications;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
        this.pages = pages;
    }

    public List<Sol005Views.NsLcmOpOccView> list() {
        return tx.execute(s ->
                opOccs.findAllByOrderByCreatedAtAsc().stream().map(this::view).toList());
    }

    /** What NsLcmOpOcc shows from its own columns; operationState comes from the job, so it is filtered in memory. */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "nsInstanceId", KeysetPages.Column.uuid("nsInstanceId"),
            "lcmOperationType", KeysetPages.Column.of("operation", LcmOperationType.class));

    /** One page (ADR 0044): the occurrences in one query, their jobs and steps in two more. */
    public List<KeysetPages.Keyed<Sol005Views.NsLcmOpOccView>> page(KeysetPages.Request request) {
        return tx.execute(s -> {
            List<NsLcmOpOcc> rows = pages.rows(NsLcmOpOcc.class, COLUMNS, request, null);
            Map<UUID, DeploymentViews.JobSummary> jobs = rows.isEmpty()
                    ? Map.of()
                    : queries.jobSummaries(rows.stream().map(NsLcmOpOcc::getId).toList());
            return rows.stream()
                    .map(occ -> new KeysetPages.Keyed<>(
                            new KeysetPages.Key(occ.getCreatedAt(), occ.getId()),
                            view(occ, Optional.ofNullable(jobs.get(occ.getId())).orElseGet(() -> job(occ)))))
                    .toList();
        });
    }

    public Sol005Views.NsLcmOpOccView get(UUID id) {
        return tx.execute(s -> view(load(id)));
    }

    /** SOL005 retry: a FAILED_TEMP occurrence runs again from the step that failed. */
    /** The occurrence with its ETag: a digest of what a GET shows. */
    public Tagged<Sol005Views.NsLcmOpOccView> tagged(UUID id) {
        Sol005Views.NsLcmOpOccView view = get(id);
        return new Tagged<>(view, IfMatch.etag(json.write(view)));
    }

    /** Its tasks (retry, fail, cancel) with If-Match: 412 OPOCC-CHANGED unless it is as the client last saw it. */
    public void requireUnchanged(UUID id, IfMatch ifMatch) {
        ifMatch.require(() -> tagged(id).etag(), "OPOCC", "operation occurrence");
    }

    public void retry(UUID id, String actor) {
        NsLcmOpOcc occ = tx.execute(s -> load(id));
        requireTemporaryFailure(occ, "retried");
        deployments.retry(id, actor);
        started(id);
    }

    /** SOL005 fail: a FAILED_TEMP occurrence is given up for good (FAILED); nothing is undone. */
    public void fail(UUID id, String actor) {
        tx.executeWithoutResult(s -> {
            NsLcmOpOcc occ = load(id);
            requireTemporaryFailure(occ, "declared failed");
            occ.failFinally(actor);
            audit.record(
                    actor,
                    "ns_lcm_op_occ.failed",
                    "ns_instance",
                    occ.getNsInstanceId().toString(),
                    occ.getOperation() + " " + id + " declared FAILED");
            notifyState(occ, "RESULT", view(occ));
        });
    }

    public void cancel(UUID id, String actor) {
        NsLcmOpOcc occ = tx.execute(s -> load(id));
        deployments.cancel(occ.getId(), actor);
    }

    /** SOL005 rollback and continue: Chainline rolls back by the deployment's onFailure policy, as the job fails. */
    public void refuse(UUID id, String task) {
        NsLcmOpOcc occ = tx.execute(s -> load(id));
        throw new ChainlineException(
                "OPOCC-TASK-UNSUPPORTED",
                Category.CONFLICT,
                task + " is not offered for " + occ.getOperation() + " " + id + ": a Chainline job rolls back by itself"
                        + " when its deployment's onFailure is ROLLBACK; a FAILED_TEMP one is retried or failed.");
    }

    void started(UUID id) {
        tx.executeWithoutResult(s -> opOccs.findById(id).ifPresent(occ -> {
            Sol005Views.NsLcmOpOccView view = view(occ);
            if (!"COMPLETED".equals(view.operationState())
                    && !view.operationState().startsWith("FAILED")
                    && !"ROLLED_BACK".equals(view.operationState())) {
                notifyState(occ, "START", view);
            }
        }));
    }

    /**
     * After the job's end commits, in a transaction of its own, through the event publication registry (ADR 24): a
     * failure here leaves the publication incomplete to be resubmitted, and never undoes the job. A job someone ran on
     * an NS instance's deployment from the console (or a schedule) becomes an occurrence too, so SOL005 clients see
     * every operation on their instance. The RESULT reports the state the event carries (a FAILED_TEMP occurrence may
     * have been retried since), and a state already notified is not notified again, so a resubmitted event (or one
     * delivered twice) writes one RESULT.
     */
    @ApplicationModuleListener(id = LISTENER_ID)
    void jobEnded(JobEnded ended) {
        occurrence(ended).ifPresent(occ -> {
            String state = operationState(ended.state(), occ.getFailedBy().isPresent());
            notifyState(occ, "RESULT", state, error(state, ended.code(), ended.message()));
        });
    }

    private Optional<NsLcmOpOcc> occurrence(JobEnded ended) {
        return opOccs.findById(ended.jobId())
                .or(() -> instances
                        .findByDeploymentId(ended.deploymentId())
                        .map(ns -> opOccs.save(new NsLcmOpOcc(
                                ended.jobId(),
                                ns.getId(),
                                typeOf(ended.operation()),
                                json.write(Map.of("startedFrom", "console")),
                                queries.job(ended.jobId()).summary().createdAt()))));
    }

    static LcmOperationType typeOf(Operation operation) {
        return switch (operation) {
            case INSTANTIATE -> LcmOperationType.INSTANTIATE;
            case SCALE -> LcmOperationType.SCALE;
            case HEAL, RECONCILE -> LcmOperationType.HEAL;
            case UPGRADE -> LcmOperationType.UPDATE;
            case TERMINATE -> LcmOperationType.TERMINATE;
        };
    }

    private void notifyState(NsLcmOpOcc occ, String status, Sol005Views.NsLcmOpOccView view) {
        notifyState(occ, status, view.operationState(), view.error());
    }

    private void notifyState(NsLcmOpOcc occ, String status, String operationState, FailureDetails error) {
        if (!occ.notify(status + ":" + operationState)) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nsInstanceId", occ.getNsInstanceId());
        body.put("nsLcmOpOccId", occ.getId());
        body.put("operation", occ.getOperation().name());
        body.put("notificationStatus", status);
        body.put("operationState", operationState);
        body.put("isAutomaticInvocation", false);
        if (error != null) {
            body.put("error", error);
        }
        body.put(
                "_links",
                Map.of(
                        "nsInstance", Map.of("href", "/api/nslcm/v2/ns_instances/" + occ.getNsInstanceId()),
                        "nsLcmOpOcc", Map.of("href", "/api/nslcm/v2/ns_lcm_op_occs/" + occ.getId())));
        notifications.publish(
                NsInstanceService.API,
                "NsLcmOperationOccurrenceNotification",
                body,
                Map.of("nsInstanceId", occ.getNsInstanceId().toString()));
    }

    private void requireTemporaryFailure(NsLcmOpOcc occ, String what) {
        String state = get(occ.getId()).operationState();
        if (!"FAILED_TEMP".equals(state)) {
            throw new ChainlineException(
                    "OPOCC-NOT-FAILED-TEMP",
                    Category.CONFLICT,
                    "Only a FAILED_TEMP operation is " + what + "; this one is " + state + ".");
        }
    }

    private NsLcmOpOcc load(UUID id) {
        return opOccs.findById(id)
                .orElseThrow(() -> new ChainlineException(
                        "OPOCC-NOT-FOUND",
                        Category.NOT_FOUND,
                        "No NS lifecycle operation occurrence has the id " + id + "."));
    }

    private Sol005Views.NsLcmOpOccView view(NsLcmOpOcc occ) {
        return view(occ, job(occ));
    }

    private DeploymentViews.JobSummary job(NsLcmOpOcc occ) {
        return queries.job(occ.getId()).summary();
    }

    private Sol005Views.NsLcmOpOccView view(NsLcmOpOcc occ, DeploymentViews.JobSummary job) {
        String state = operationState(job.state(), occ.getFailedBy().isPresent());
        FailureDetails error = error(state, job.errorCode(), job.errorMessage());
        String self = "/api/nslcm/v2/ns_lcm_op_occs/" + occ.getId();
        Map<String, Sol005Views.Link> links = new LinkedHashMap<>();
        links.put("self", new Sol005Views.Link(self));
        links.put("nsInstance", new Sol005Views.Link("/api/nslcm/v2/ns_instances/" + occ.getNsInstanceId()));
        if ("FAILED_TEMP".equals(state)) {
            links.put("retry", new Sol005Views.Link(self + "/retry"));
            links.put("fail", new Sol005Views.Link(self + "/fail"));
        }
        if (!job.state().finished()) {
            links.put("cancel", new Sol005Views.Link(self + "/cancel"));
        }
        return new Sol005Views.NsLcmOpOccView(
                occ.getId(),
                state,
                job.endedAt().or(job::startedAt).orElse(job.createdAt()),
                job.createdAt(),
                occ.getNsInstanceId(),
                occ.getOperation().name(),
                false,
                json.map(occ.getOperationParams()),
                false,
                error,
                Map.of("progress", Map.of("stepsDone", job.stepsDone(), "stepsTotal", job.stepsTotal())),
                links);
    }

    private static FailureDetails error(String operationState, String code, String message) {
        return code == null || code.isBlank()
                ? null
                : FailureDetails.of(
                        operationState.equals("ROLLED_BACK") ? 409 : 500, "Operation failed", code, message, List.of());
    }

    /**
     * A job's state in SOL005's words; a FAILED job can still be retried, so it is FAILED_TEMP until failed. SOL005's
     * NsLcmOperationStateType has no STARTING (that is SOL003's VNF LCM): a queued job is PROCESSING.
     */
    static String operationState(JobState state, boolean failedFinally) {
        return switch (state) {
            case QUEUED, RUNNING -> "PROCESSING";
            case ROLLING_BACK -> "ROLLING_BACK";
            case COMPLETED -> "COMPLETED";
            case FAILED -> failedFinally ? "FAILED" : "FAILED_TEMP";
            case ROLLED_BACK -> "ROLLED_BACK";
            case CANCELLED -> "FAILED";
        };
    }
}
