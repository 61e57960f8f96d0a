package io.chainline.console.deployment.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Plan;
import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJobRepository;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.fleet.service.FleetService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drift: what differs between a deployment's desired state and what its targets run, found by asking each connector
 * to plan the desired unit (a dry run). The operator reconciles (a job re-applies) or accepts: the live values are
 * recorded as accepted and no longer reported.
 */
@Service
public class DriftService {

    /** One resource that differs, and how; {@code key} identifies this exact difference for acceptance. */
    public record DriftItem(
            UUID targetId, String targetName, String change, String resource, List<String> differences, String key) {
        public DriftItem {
            differences = List.copyOf(differences);
        }
    }

    private final DeploymentRepository deployments;
    private final DeploymentJobRepository jobs;
    private final FleetService fleet;
    private final DeploymentJson json;
    private final DeploymentEvents notify;
    private final AuditLog audit;
    private final FaultReports faults;
    private final TransactionTemplate tx;
    private final Clock clock;

    DriftService(
            DeploymentRepository deployments,
            DeploymentJobRepository jobs,
            FleetService fleet,
            DeploymentJson json,
            DeploymentEvents notify,
            AuditLog audit,
            FaultReports faults,
            TransactionTemplate tx,
            Clock clock) {
        this.deployments = deployments;
        this.jobs = jobs;
        this.fleet = fleet;
        this.json = json;
        this.notify = notify;
        this.audit = audit;
        this.faults = faults;
        this.tx = tx;
        this.clock = clock;
    }

    public List<DriftItem> check(UUID deploymentId) {
        Deployment deployment =
                tx.execute(s -> deployments.findById(deploymentId).orElseThrow(() -> Refusals.notFound(deploymentId)));
        require(DeploymentActions.Action.CHECK_DRIFT, deployment);
        DesiredState desired = json.read(deployment.getDesiredJson(), DesiredState.class);
        Set<String> accepted = new LinkedHashSet<>(json.readList(deployment.getAcceptedJson(), String.class));
        List<DriftItem> drift = new ArrayList<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            try {
                drift.addAll(itemsOn(unit, accepted));
            } catch (ConnectorException | ChainlineException e) {
                drift.add(new DriftItem(
                        unit.targetId(),
                        unit.targetName(),
                        "UNKNOWN",
                        "target",
                        List.of("not checked: " + e.getMessage()),
                        ""));
            }
        }
        tx.executeWithoutResult(
                s -> deployments.findById(deploymentId).orElseThrow().driftChecked(json.write(drift), clock.instant()));
        notify.changed(deploymentId);
        desired.units().stream()
                .filter(u -> drift.stream()
                        .noneMatch(d ->
                                d.targetId().equals(u.targetId()) && d.key().isEmpty()))
                .forEach(u -> report(deployment, u.targetId(), drift));
        return drift;
    }

    /**
     * Checks one target's part of a deployment (the watcher checks target by target, each on the console holding it),
     * replaces that target's items in the stored drift, and reports its drift alarm. Empty when the target could not
     * be checked: then what was stored stays, and nothing is reported (the target's own alarm says why).
     */
    public Optional<List<DriftItem>> checkOn(UUID deploymentId, DesiredState.TargetUnit unit) {
        Deployment deployment =
                tx.execute(s -> deployments.findById(deploymentId).orElseThrow(() -> Refusals.notFound(deploymentId)));
        Set<String> accepted = new LinkedHashSet<>(json.readList(deployment.getAcceptedJson(), String.class));
        Optional<List<DriftItem>> found;
        try {
            found = Optional.of(itemsOn(unit, accepted));
        } catch (ConnectorException | ChainlineException e) {
            found = Optional.empty();
        }
        found.ifPresent(items -> {
            tx.executeWithoutResult(s -> {
                Deployment d = deployments.findById(deploymentId).orElseThrow();
                List<DriftItem> drift = new ArrayList<>(stored(d).stream()
                        .filter(i -> !i.targetId().equals(unit.targetId()))
                        .toList());
                drift.addAll(items);
                d.driftChecked(json.write(drift), clock.instant());
            });
            notify.changed(deploymentId);
            report(deployment, unit.targetId(), items);
        });
        return found;
    }

    /** What differs on one target, accepted differences left out; throws when the target could not be asked. */
    private List<DriftItem> itemsOn(DesiredState.TargetUnit unit, Set<String> accepted) {
        List<DriftItem> drift = new ArrayList<>();
        try (Connector connector = fleet.connect(unit.targetId())) {
            for (Plan.Action action : connector.plan(unit.unit()).changes()) {
                String resource =
                        action.resource().kind() + " " + action.resource().name();
                String key = unit.targetId() + "|" + action.change() + "|" + resource + "|"
                        + String.join(";", action.differences());
                if (!accepted.contains(key)) {
                    drift.add(new DriftItem(
                            unit.targetId(),
                            unit.targetName(),
                            action.change().name(),
                            resource,
                            action.differences(),
                            key));
                }
            }
            return drift;
        }
    }

    private void report(Deployment deployment, UUID targetId, List<DriftItem> drift) {
        faults.report(
                DriftFaults.scope(deployment.getId(), targetId),
                DriftFaults.of(deployment.getId(), deployment.getName(), targetId, drift));
    }

    public List<DriftItem> stored(Deployment deployment) {
        return json.readList(deployment.getDriftJson(), DriftItem.class);
    }

    /** Records the drift found last as accepted: those live values are what the operator wants now. */
    public void accept(UUID deploymentId, String actor) {
        Deployment done = tx.execute(s -> {
            Deployment d = deployments.findById(deploymentId).orElseThrow(() -> Refusals.notFound(deploymentId));
            require(DeploymentActions.Action.ACCEPT_DRIFT, d);
            List<DriftItem> current = stored(d);
            Set<String> accepted = new LinkedHashSet<>(json.readList(d.getAcceptedJson(), String.class));
            current.stream().map(DriftItem::key).filter(k -> !k.isEmpty()).forEach(accepted::add);
            d.accept(json.write(List.copyOf(accepted)), actor, clock.instant());
            d.driftChecked("[]", clock.instant());
            audit.record(
                    actor,
                    "deployment.drift-accepted",
                    "deployment",
                    d.getId().toString(),
                    current.size() + " difference(s) accepted: "
                            + String.join(
                                    "; ",
                                    current.stream()
                                            .map(i -> i.targetName() + " " + i.resource() + " " + i.differences())
                                            .toList()));
            return d;
        });
        notify.changed(deploymentId);
        json.read(done.getDesiredJson(), DesiredState.class)
                .units()
                .forEach(u -> faults.report(DriftFaults.scope(deploymentId, u.targetId()), List.of()));
    }

    /** The same rule the deployment page and the other lifecycle actions follow. */
    private void require(DeploymentActions.Action action, Deployment d) {
        Refusals.require(
                action,
                tx.execute(s -> Refusals.facts(
                        d,
                        jobs.findByDeploymentIdOrderByCreatedAtDesc(d.getId()).stream()
                                .findFirst(),
                        stored(d).size())));
    }

    /** Running deployments without an active job: what the periodic look covers. */
    List<UUID> idle() {
        return tx.execute(
                s -> deployments.findByStateIn(List.of(DeploymentState.INSTANTIATED, DeploymentState.FAILED)).stream()
                        .map(Deployment::getId)
                        .filter(id -> !jobs.existsByDeploymentIdAndStateIn(id, JobLedger.ACTIVE))
                        .toList());
    }
}
