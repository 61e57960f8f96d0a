package io.chainline.console.deployment.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.Observation;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentRepository;
import io.chainline.console.fleet.service.FleetService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What actually runs, per workload, as the targets report it: what the chain picture colours and the NOC reads. */
@Service
public class LiveStatus {

    private static final Logger log = LoggerFactory.getLogger(LiveStatus.class);

    /** Live states, worst last: what a network function shows is the worst of its workloads. */
    public enum State {
        READY,
        PENDING,
        PROGRESSING,
        ABSENT,
        FAILED
    }

    public record WorkloadState(
            String workload, String nf, String target, State state, int desired, int ready, String message) {}

    public record Live(Instant at, List<WorkloadState> workloads, List<String> events, List<String> errors) {
        public Live {
            workloads = List.copyOf(workloads);
            events = List.copyOf(events);
            errors = List.copyOf(errors);
        }

        public static Live none() {
            return new Live(Instant.EPOCH, List.of(), List.of(), List.of());
        }

        /** Each network function's state: the worst of its workloads. */
        public Map<String, State> byNf() {
            Map<String, State> states = new LinkedHashMap<>();
            workloads.forEach(w -> states.merge(w.nf(), w.state(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
            return states;
        }
    }

    private final DeploymentRepository deployments;
    private final FleetService fleet;
    private final DeploymentJson json;
    private final DeploymentEvents notify;
    private final TransactionTemplate tx;
    private final Clock clock;

    LiveStatus(
            DeploymentRepository deployments,
            FleetService fleet,
            DeploymentJson json,
            DeploymentEvents notify,
            TransactionTemplate tx,
            Clock clock) {
        this.deployments = deployments;
        this.fleet = fleet;
        this.json = json;
        this.notify = notify;
        this.tx = tx;
        this.clock = clock;
    }

    public Live refresh(UUID deploymentId) {
        return refresh(
                deploymentId,
                tx.execute(s -> json.read(
                        deployments
                                .findById(deploymentId)
                                .orElseThrow(() -> Refusals.notFound(deploymentId))
                                .getDesiredJson(),
                        DesiredState.class)));
    }

    /** Observes against the given desired state: a job about to adopt it is judged by it. */
    Live refresh(UUID deploymentId, DesiredState desired) {
        List<WorkloadState> workloads = new ArrayList<>();
        List<Observation.Event> events = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            try (Connector connector = fleet.connect(unit.targetId())) {
                Observation seen = connector.observe(unit.unit().ref());
                events.addAll(seen.events());
                unit.unit()
                        .workloads()
                        .forEach(w -> workloads.add(state(w.name(), w.nf(), w.replicas(), unit.targetName(), seen)));
            } catch (ConnectorException | ChainlineException e) {
                errors.add(unit.targetName() + ": " + e.getMessage());
                workloads.addAll(unobserved(unit));
            }
        }
        Live live = new Live(clock.instant(), workloads, recent(events), errors);
        tx.executeWithoutResult(s -> {
            Deployment d = deployments.findById(deploymentId).orElseThrow();
            d.observed(json.write(live), clock.instant());
        });
        notify.changed(deploymentId);
        return live;
    }

    /**
     * Observes what one target runs of a deployment (the watcher observes target by target, each on the console that
     * holds it) and replaces that target's rows in the stored live state, so the page's Live table is current. Empty
     * when the target could not be observed: its rows then say so, and nothing may be concluded from them.
     */
    public Optional<Observation> refreshOn(UUID deploymentId, DesiredState.TargetUnit unit) {
        Optional<Observation> seen;
        List<WorkloadState> rows;
        Optional<String> error = Optional.empty();
        try (Connector connector = fleet.connect(unit.targetId())) {
            Observation observation = connector.observe(unit.unit().ref());
            seen = Optional.of(observation);
            rows = unit.unit().workloads().stream()
                    .map(w -> state(w.name(), w.nf(), w.replicas(), unit.targetName(), observation))
                    .toList();
        } catch (ConnectorException | ChainlineException e) {
            seen = Optional.empty();
            rows = unobserved(unit);
            error = Optional.of(unit.targetName() + ": " + e.getMessage());
        }
        List<String> events = recent(seen.map(Observation::events).orElse(List.of()));
        merge(deploymentId, unit.targetName(), rows, events, error);
        notify.changed(deploymentId);
        return seen;
    }

    /** Replaces one target's workloads, events and errors in the stored live state; the other targets' stay. */
    private void merge(
            UUID deploymentId, String target, List<WorkloadState> rows, List<String> events, Optional<String> error) {
        tx.executeWithoutResult(s -> {
            Deployment d = deployments.findById(deploymentId).orElseThrow(() -> Refusals.notFound(deploymentId));
            Live before = stored(d);
            List<WorkloadState> workloads = new ArrayList<>(before.workloads().stream()
                    .filter(w -> !w.target().equals(target))
                    .toList());
            workloads.addAll(rows);
            java.util.Set<String> recent = new java.util.LinkedHashSet<>(events);
            recent.addAll(before.events());
            List<String> errors = new ArrayList<>(before.errors().stream()
                    .filter(e -> !e.startsWith(target + ": "))
                    .toList());
            error.ifPresent(errors::add);
            Live live = new Live(
                    clock.instant(), workloads, recent.stream().limit(30).toList(), errors);
            d.observed(json.write(live), clock.instant());
        });
    }

    private static List<WorkloadState> unobserved(DesiredState.TargetUnit unit) {
        return unit.unit().workloads().stream()
                .map(w -> new WorkloadState(
                        w.name(),
                        w.nf(),
                        unit.targetName(),
                        State.PENDING,
                        w.replicas(),
                        0,
                        "not observed: target unreachable"))
                .toList();
    }

    private static List<String> recent(List<Observation.Event> events) {
        return events.stream()
                .sorted(Comparator.comparing(Observation.Event::at).reversed())
                .limit(30)
                .map(e -> (e.warning() ? "⚠ " : "") + e.about().name() + ": " + e.reason() + " — " + e.message())
                .toList();
    }

    void refreshQuietly(UUID deploymentId) {
        try {
            refresh(deploymentId);
        } catch (RuntimeException e) {
            log.warn("chainline.live.refresh-failed deployment={} error={}", deploymentId, e.toString());
        }
    }

    void refreshQuietly(UUID deploymentId, DesiredState desired) {
        try {
            refresh(deploymentId, desired);
        } catch (RuntimeException e) {
            log.warn("chainline.live.refresh-failed deployment={} error={}", deploymentId, e.toString());
        }
    }

    public Live stored(Deployment deployment) {
        String text = deployment.getLiveJson();
        return text == null || text.equals("{}") ? Live.none() : json.read(text, Live.class);
    }

    private static boolean perInstance(String kind) {
        return kind.equals("container") || kind.endsWith("Server");
    }

    private static boolean controller(String kind) {
        return java.util.Set.of("Deployment", "StatefulSet", "service").contains(kind);
    }

    private static WorkloadState state(String workload, String nf, int replicas, String target, Observation seen) {
        List<Observation.ResourceStatus> mine = seen.resources().stream()
                .filter(r -> r.workload().equals(workload))
                .toList();
        if (mine.isEmpty()) {
            return new WorkloadState(
                    workload,
                    nf,
                    target,
                    replicas == 0 ? State.READY : State.ABSENT,
                    replicas,
                    0,
                    replicas == 0 ? "scaled to zero" : "nothing of it runs on " + target);
        }
        State state = State.READY;
        String message = "";
        for (Observation.ResourceStatus r : mine) {
            State s = switch (r.state()) {
                case READY -> State.READY;
                case PROGRESSING -> State.PROGRESSING;
                case FAILED -> State.FAILED;
            };
            if (s.compareTo(state) > 0) {
                state = s;
                message = r.message();
            }
        }
        // instances that are resources of their own (containers, servers) add up; a workload's controller
        // (Deployment, StatefulSet, Swarm service) already counts them; Services and the like count nothing
        Count count = count(mine);
        return new WorkloadState(
                workload, nf, target, state, Math.max(count.desired(), replicas), count.ready(), message);
    }

    private record Count(int desired, int ready) {}

    private static Count count(List<Observation.ResourceStatus> mine) {
        int desired = 0;
        int ready = 0;
        int instances = 0;
        int instancesReady = 0;
        for (Observation.ResourceStatus r : mine) {
            if (perInstance(r.resource().kind())) {
                instances += r.desired();
                instancesReady += r.ready();
            } else if (controller(r.resource().kind())) {
                desired = Math.max(desired, r.desired());
                ready = Math.max(ready, r.ready());
            }
        }
        return new Count(Math.max(desired, instances), Math.max(ready, instancesReady));
    }
}
