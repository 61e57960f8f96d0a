package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Ownership;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.ResourceRef;
import io.chainline.connector.api.Workload;
import io.chainline.connector.api.WorkloadSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain Docker host: a user-defined bridge network per deployment (the management network, every container's eth0)
 * and one container per VDU instance, named {@code chainline-<deployment>-<nf>-<vdu>-<n>} and reachable on the network
 * by its NF's name; a chain's virtual links are bridges of their own ({@link LinkNetworks}).
 */
final class PlainEngine implements EngineMode {

    private static final long SECOND = 1_000_000_000L;

    private final DockerClient docker;
    private final Images images;
    private final LinkNetworks links;

    /**
     * How long a container without a health check must have been up before it counts as ready: one that crashes on
     * start is briefly "running" between restarts, and must not pass for a healthy network function.
     */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(3);

    private final java.time.Clock clock;

    private final ApplyTimings timings;

    private volatile Optional<Instant> settledAt = Optional.empty();

    PlainEngine(DockerClient docker, java.time.Clock clock, boolean podman) {
        this(docker, clock, podman, new ApplyTimings());
    }

    PlainEngine(DockerClient docker, java.time.Clock clock, boolean podman, ApplyTimings timings) {
        this.docker = docker;
        this.timings = timings;
        this.images = new Images(docker);
        this.links = new LinkNetworks(docker, podman);
        this.clock = clock;
    }

    @Override
    public List<Step> steps(DeploymentUnit unit) {
        DeploymentRef ref = unit.ref();
        List<Step> steps = new ArrayList<>();
        String network = Specs.network(ref);
        if (networks(ref).stream().noneMatch(n -> network.equals(n.getName()))) {
            steps.add(new Step(
                    action(Plan.Change.CREATE, "network", network, "not on the host"),
                    () -> docker.createNetworkCmd()
                            .withName(network)
                            .withDriver("bridge")
                            .withLabels(Ownership.of(ref))
                            .exec()));
        } else {
            steps.add(Step.unchanged(action(Plan.Change.UNCHANGED, "network", network)));
        }
        steps.addAll(links.creates(unit));
        Map<String, Container> existing = new HashMap<>();
        owned(ref).forEach(c -> existing.put(name(c), c));
        Set<String> wanted = new HashSet<>();
        for (Workload workload : unit.workloads()) {
            for (int replica = 1; replica <= workload.replicas(); replica++) {
                String name = Specs.container(ref, workload, replica);
                wanted.add(name);
                steps.add(step(unit, workload, replica, Optional.ofNullable(existing.get(name))));
            }
        }
        existing.forEach((name, container) -> {
            if (!wanted.contains(name)) {
                steps.add(new Step(
                        action(Plan.Change.DELETE, "container", name, "no longer part of the deployment"),
                        () -> ContainerRemoval.remove(docker, container.getId())));
            }
        });
        steps.addAll(links.deletes(unit));
        return steps;
    }

    private Step step(DeploymentUnit unit, Workload workload, int replica, Optional<Container> live) {
        String name = Specs.container(unit.ref(), workload, replica);
        String wantedSpec = Specs.fingerprint(workload);
        if (live.isEmpty()) {
            return new Step(
                    action(Plan.Change.CREATE, "container", name, "not on the host"),
                    () -> create(unit, workload, replica));
        }
        Container container = live.get();
        String spec = String.valueOf(container.getLabels().get(Specs.SPEC));
        if (!spec.equals(wantedSpec)) {
            return new Step(
                    action(Plan.Change.UPDATE, "container", name, "spec: host has " + spec + ", wanted " + wantedSpec),
                    () -> {
                        ContainerRemoval.remove(docker, container.getId());
                        create(unit, workload, replica);
                    });
        }
        List<String> attachments = LinkNetworks.differences(unit.ref(), workload, replica, container);
        if (!attachments.isEmpty()) {
            return new Step(
                    new Plan.Action(Plan.Change.UPDATE, new ResourceRef("container", "", name), attachments), () -> {
                        ContainerRemoval.remove(docker, container.getId());
                        create(unit, workload, replica);
                    });
        }
        if (!"running".equals(container.getState())) {
            return new Step(
                    action(
                            Plan.Change.UPDATE,
                            "container",
                            name,
                            "state: host has " + container.getState() + ", wanted running"),
                    () -> docker.startContainerCmd(container.getId()).exec());
        }
        return Step.unchanged(action(Plan.Change.UNCHANGED, "container", name));
    }

    private void create(DeploymentUnit unit, Workload workload, int replica) {
        DeploymentRef ref = unit.ref();
        Workload.ContainerSpec spec = workload.containers().getFirst();
        timings.time("call.image", () -> images.ensure(spec.image()));
        List<ExposedPort> exposed = spec.ports().stream()
                .map(p -> new ExposedPort(
                        p.port(), InternetProtocol.parse(p.protocol().toLowerCase())))
                .toList();
        Map<String, String> labels = new HashMap<>(Specs.labels(ref, workload));
        labels.put(Specs.REPLICA, String.valueOf(replica));
        CreateContainerCmd create = docker.createContainerCmd(spec.image())
                .withName(Specs.container(ref, workload, replica))
                .withLabels(labels)
                .withEnv(Specs.environment(spec))
                .withExposedPorts(exposed)
                .withAliases(workload.nf(), workload.name())
                .withHostConfig(host(unit, workload, spec, exposed));
        spec.readiness()
                .or(spec::liveness)
                .ifPresent(p -> create.withHealthcheck(new HealthCheck()
                        .withTest(Specs.healthCommand(p))
                        .withInterval(p.periodSeconds() * SECOND)
                        .withTimeout(5 * SECOND)
                        .withRetries(3)));
        String id = timings.time("call.create", () -> create.exec().getId());
        if (!workload.configuration().isEmpty()) {
            timings.time(
                    "call.copy",
                    () -> docker.copyArchiveToContainerCmd(id)
                            .withTarInputStream(ConfigArchive.of(workload.configuration()))
                            .withRemotePath("/")
                            .exec());
        }
        timings.time("call.start", () -> docker.startContainerCmd(id).exec());
        timings.time("call.attach", () -> links.attach(ref, workload, replica, id));
    }

    /** Limits, restart policy, sandbox runtime, and host ports for an NF reached from outside. */
    private static HostConfig host(
            DeploymentUnit unit, Workload workload, Workload.ContainerSpec spec, List<ExposedPort> exposed) {
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode(Specs.network(unit.ref()))
                .withRestartPolicy(RestartPolicy.unlessStoppedRestart())
                .withMemory(spec.memoryLimitBytes())
                .withNanoCPUs(spec.cpuLimitMilli() * 1_000_000L);
        LinkNetworks.dataPlane(host, workload.dataPlane());
        workload.runtimeClass()
                .filter(r -> workload.isolation() == Workload.Isolation.SANDBOXED)
                .ifPresent(host::withRuntime);
        boolean external = unit.externalAccess().stream().anyMatch(e -> e.to().equals(workload.nf()));
        if (external && !exposed.isEmpty()) {
            Ports bindings = new Ports();
            exposed.forEach(p -> bindings.bind(p, Ports.Binding.empty())); // the host picks free ports
            host.withPortBindings(bindings);
        }
        return host;
    }

    @Override
    public Observation observe(DeploymentRef ref) {
        List<Observation.ResourceStatus> resources = new ArrayList<>();
        List<Observation.Event> events = new ArrayList<>();
        networks(ref)
                .forEach(n -> resources.add(new Observation.ResourceStatus(
                        new ResourceRef("network", "", n.getName()), "", Observation.State.READY, 1, 1, "")));
        Instant settled = Instant.MIN;
        boolean onlySettling = true;
        for (Container container : owned(ref)) {
            String workload = container.getLabels().get(Ownership.NF) + "-"
                    + container.getLabels().get(Ownership.VDU);
            InspectContainerResponse.ContainerState state = inspect(container.getId())
                    .map(InspectContainerResponse::getState)
                    .orElse(null);
            ResourceRef about = new ResourceRef("container", "", name(container));
            ContainerVerdict verdict = ContainerVerdict.of(name(container), state, clock.instant());
            if (verdict.state() == Observation.State.FAILED && !ContainerVerdict.isRunning(state)) {
                events.add(new Observation.Event(
                        Instants.of(state == null ? null : state.getFinishedAt()),
                        about,
                        true,
                        "Exited",
                        verdict.message()));
            }
            if (verdict.settling()) {
                settled = max(settled, Instants.of(state.getStartedAt()).plus(SETTLE));
            } else {
                onlySettling &= verdict.state() == Observation.State.READY;
            }
            resources.add(new Observation.ResourceStatus(
                    about,
                    workload,
                    verdict.state(),
                    1,
                    verdict.state() == Observation.State.READY ? 1 : 0,
                    verdict.message()));
        }
        settledAt = onlySettling && settled.isAfter(Instant.MIN) ? Optional.of(settled) : Optional.empty();
        return new Observation(resources, events);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * After the last {@link #observe}: when every container not ready was only waiting out {@link #SETTLE}, the
     * instant the last of them will have; nothing can change the verdict before it unless a container stops.
     */
    @Override
    public Optional<Instant> settledAt() {
        return settledAt;
    }

    @Override
    public ApplyResult.Readiness readiness(DeploymentRef ref, Workload workload) {
        return readiness(ref, List.of(workload)).getFirst();
    }

    /** One observation (one list, one inspect per container) for all the workloads, however many they are. */
    @Override
    public List<ApplyResult.Readiness> readiness(DeploymentRef ref, List<Workload> workloads) {
        List<Observation.ResourceStatus> all =
                timings.time("call.observe", () -> observe(ref)).resources();
        return workloads.stream().map(w -> readiness(all, w)).toList();
    }

    private static ApplyResult.Readiness readiness(List<Observation.ResourceStatus> all, Workload workload) {
        List<Observation.ResourceStatus> mine =
                all.stream().filter(r -> r.workload().equals(workload.name())).toList();
        long ready =
                mine.stream().filter(r -> r.state() == Observation.State.READY).count();
        boolean done = ready >= workload.replicas();
        String message = done
                ? "ready"
                : mine.stream()
                        .map(Observation.ResourceStatus::message)
                        .filter(m -> !m.isBlank())
                        .findFirst()
                        .orElse(ready + " of " + workload.replicas() + " instances ready");
        return new ApplyResult.Readiness(workload.name(), done, message);
    }

    @Override
    public void destroy(DeploymentRef ref) {
        owned(ref).forEach(c -> ContainerRemoval.remove(docker, c.getId()));
        networks(ref).forEach(n -> {
            try {
                docker.removeNetworkCmd(n.getId()).exec();
            } catch (NotFoundException gone) {
                // removed meanwhile: that is what was wanted
            }
        });
    }

    @Override
    public Optional<List<WorkloadSample>> sample(DeploymentRef ref) {
        List<ContainerStats.Owned> running = new ArrayList<>();
        for (Container container : owned(ref)) {
            if (!"running".equalsIgnoreCase(container.getState())) {
                continue;
            }
            long restarts = inspect(container.getId())
                    .map(InspectContainerResponse::getRestartCount)
                    .map(Integer::longValue)
                    .orElse(0L);
            running.add(new ContainerStats.Owned(
                    container.getId(),
                    container.getLabels().get(Ownership.NF) + "-"
                            + container.getLabels().get(Ownership.VDU),
                    new ResourceRef("container", "", name(container)),
                    restarts));
        }
        return Optional.of(new ContainerStats(docker).sample(running));
    }

    private Optional<InspectContainerResponse> inspect(String id) {
        try {
            return Optional.of(docker.inspectContainerCmd(id).exec());
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private List<Container> owned(DeploymentRef ref) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Specs.deploymentFilter(ref))
                .exec();
    }

    private List<Network> networks(DeploymentRef ref) {
        return docker.listNetworksCmd().exec().stream()
                .filter(n ->
                        n.getLabels() != null && ref.id().equals(n.getLabels().get(Ownership.DEPLOYMENT)))
                .toList();
    }

    private static String name(Container container) {
        return container.getNames()[0].replaceFirst("^/", "");
    }

    static Plan.Action action(Plan.Change change, String kind, String name, String... why) {
        return new Plan.Action(change, new ResourceRef(kind, "", name), List.of(why));
    }
}
