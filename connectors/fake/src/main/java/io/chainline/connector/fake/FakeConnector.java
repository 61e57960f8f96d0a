package io.chainline.connector.fake;

import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Capabilities;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.Workload;
import io.chainline.connector.api.WorkloadSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One bench of the {@link FakeLab}, connected: the connector contract, kept in memory. */
final class FakeConnector implements Connector {

    static final String VERSION = "fake-lab 1.0";
    private static final String RESOURCE = "FakeWorkload";

    private final FakeAccess access;

    FakeConnector(FakeAccess access) {
        this.access = access;
    }

    @Override
    public TargetKind kind() {
        return FakePlatform.KIND;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(true, false, Set.of(), Set.of(Architecture.AMD64));
    }

    @Override
    public ConnectionCheck check(Duration timeout) {
        if (access.token().equals("wrong")) {
            return ConnectionCheck.failed(
                    ConnectionCheck.Failure.UNAUTHORIZED, "The bench refused the token.", Duration.ZERO);
        }
        return ConnectionCheck.reached(VERSION, Duration.ZERO);
    }

    @Override
    public Inventory inventory() {
        List<Inventory.Node> nodes = List.of(node("slot-1"), node("slot-2"));
        return new Inventory(VERSION, nodes, List.of());
    }

    private static Inventory.Node node(String name) {
        return new Inventory.Node(
                name, Optional.of(Architecture.AMD64), "amd64", "linux", 4000, 8L << 30, Map.of("bench", "fake"), true);
    }

    @Override
    public Plan plan(DeploymentUnit desired) {
        Map<String, FakeLab.Running> running =
                FakeLab.deployment(access.bench(), desired.ref().id());
        List<Plan.Action> actions = new ArrayList<>();
        for (Workload w : desired.workloads()) {
            FakeLab.Running now = running.get(w.name());
            ResourceRef ref = new ResourceRef(RESOURCE, desired.ref().id(), w.name());
            if (now == null) {
                actions.add(new Plan.Action(Plan.Change.CREATE, ref, List.of("not on the bench yet")));
            } else if (!now.desired().equals(w)
                    || now.replicas() != w.replicas()
                    || now.failure().isPresent()) {
                actions.add(new Plan.Action(
                        Plan.Change.UPDATE, ref, List.of("replicas: " + now.replicas() + " → " + w.replicas())));
            } else {
                actions.add(new Plan.Action(Plan.Change.UNCHANGED, ref, List.of()));
            }
        }
        running.keySet().stream()
                .filter(name ->
                        desired.workloads().stream().noneMatch(w -> w.name().equals(name)))
                .forEach(name -> actions.add(new Plan.Action(
                        Plan.Change.DELETE,
                        new ResourceRef(RESOURCE, desired.ref().id(), name),
                        List.of("no longer in the deployment"))));
        return new Plan(actions);
    }

    @Override
    public ApplyResult apply(DeploymentUnit desired, Duration readiness) {
        Plan plan = plan(desired);
        Map<String, FakeLab.Running> workloads = new ConcurrentHashMap<>();
        desired.workloads()
                .forEach(w -> workloads.put(w.name(), new FakeLab.Running(w, w.replicas(), Optional.empty())));
        FakeLab.bench(access.bench()).put(desired.ref().id(), workloads);
        return new ApplyResult(
                plan,
                desired.workloads().stream()
                        .map(w -> new ApplyResult.Readiness(w.name(), true, "running on the bench"))
                        .toList());
    }

    @Override
    public Observation observe(DeploymentRef deployment) {
        FakeLab.observed(access.bench());
        List<Observation.ResourceStatus> resources =
                FakeLab.deployment(access.bench(), deployment.id()).entrySet().stream()
                        .map(e -> new Observation.ResourceStatus(
                                new ResourceRef(RESOURCE, deployment.id(), e.getKey()),
                                e.getKey(),
                                e.getValue().failure().isPresent() ? Observation.State.FAILED : Observation.State.READY,
                                e.getValue().desired().replicas(),
                                e.getValue().failure().isPresent()
                                        ? 0
                                        : e.getValue().replicas(),
                                e.getValue().failure().orElse("running")))
                        .toList();
        return new Observation(resources, List.of());
    }

    /**
     * Deterministic figures per replica, so tests can predict the sums: replica {@code i} (from 0) of a workload uses
     * {@code 0.1 * (i + 1)} cores and {@code 64 MiB * (i + 1)}; restarts and traffic counters are what
     * {@link FakeLab#counters(String, String, String, FakeLab.Counters)} set. A failed workload has no running
     * instance and so no sample.
     */
    @Override
    public Optional<List<WorkloadSample>> sample(DeploymentRef deployment) {
        Instant now = Instant.now();
        List<WorkloadSample> samples = new ArrayList<>();
        FakeLab.deployment(access.bench(), deployment.id()).forEach((name, running) -> {
            int replicas = running.failure().isPresent() ? 0 : running.replicas();
            FakeLab.Counters counters = FakeLab.counters(access.bench(), deployment.id(), name);
            for (int i = 0; i < replicas; i++) {
                samples.add(new WorkloadSample(
                        name,
                        new ResourceRef(RESOURCE, deployment.id(), name + "-" + i),
                        now,
                        0.1 * (i + 1),
                        (64L << 20) * (i + 1),
                        counters.restarts(),
                        OptionalLong.of(counters.rxBytes()),
                        OptionalLong.of(counters.txBytes())));
            }
        });
        return Optional.of(samples);
    }

    @Override
    public void destroy(DeploymentRef deployment) {
        FakeLab.bench(access.bench()).remove(deployment.id());
    }

    /** What the lab changes behind Chainline's back ({@link FakeLab#remove} and the like) is signalled here. */
    @Override
    public Optional<Watch> watch(java.util.function.Consumer<io.chainline.connector.api.ChangeSignal> onChange) {
        Runnable stop = FakeLab.watch(access.bench(), onChange);
        return Optional.of(stop::run);
    }

    @Override
    public void close() {
        // nothing held: the lab lives in memory
    }
}
