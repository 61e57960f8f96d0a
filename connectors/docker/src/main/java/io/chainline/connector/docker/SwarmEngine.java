package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.ResourceRequirements;
import com.github.dockerjava.api.model.ResourceSpecs;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServicePlacement;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.ServiceUpdateState;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.TaskState;
import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Architecture;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Swarm manager: an attachable overlay network per deployment (and per chain link, {@link SwarmLinks}) and one
 * replicated service per VDU, placed by
 * {@code node.platform.arch} and spread with at most one task per node when the descriptor keeps instances apart.
 */
final class SwarmEngine implements EngineMode {

    private static final long SECOND = 1_000_000_000L;

    private static final java.time.Duration NETWORK_RELEASE = java.time.Duration.ofSeconds(60);

    private final DockerClient docker;
    private final Set<Architecture> nodeArchitectures;
    private final java.time.Clock clock;
    private final SwarmLinks links;

    SwarmEngine(DockerClient docker, Set<Architecture> nodeArchitectures, java.time.Clock clock) {
        this.docker = docker;
        this.links = new SwarmLinks(docker);
        this.nodeArchitectures = Set.copyOf(nodeArchitectures);
        this.clock = clock;
    }

    @Override
    public List<Step> steps(DeploymentUnit unit) {
        DeploymentRef ref = unit.ref();
        List<Step> steps = new ArrayList<>();
        String network = Specs.network(ref);
        if (networks(ref).stream().noneMatch(n -> network.equals(n.getName()))) {
            steps.add(new Step(
                    PlainEngine.action(Plan.Change.CREATE, "network", network, "not on the swarm"),
                    () -> docker.createNetworkCmd()
                            .withName(network)
                            .withDriver("overlay")
                            .withAttachable(true)
                            .withLabels(Ownership.of(ref))
                            .exec()));
        } else {
            steps.add(Step.unchanged(PlainEngine.action(Plan.Change.UNCHANGED, "network", network)));
        }
        steps.addAll(links.creates(unit));
        Map<String, Service> existing = new HashMap<>();
        owned(ref).forEach(s -> existing.put(s.getSpec().getName(), s));
        Set<String> wanted = new HashSet<>();
        for (Workload workload : unit.workloads()) {
            String name = Specs.base(ref, workload);
            wanted.add(name);
            steps.add(step(ref, workload, Optional.ofNullable(existing.get(name))));
        }
        existing.forEach((name, service) -> {
            if (!wanted.contains(name)) {
                steps.add(new Step(
                        PlainEngine.action(Plan.Change.DELETE, "service", name, "no longer part of the deployment"),
                        () -> remove(service.getId())));
            }
        });
        steps.addAll(links.deletes(unit));
        return steps;
    }

    private Step step(DeploymentRef ref, Workload workload, Optional<Service> live) {
        String name = Specs.base(ref, workload);
        if (live.isEmpty()) {
            return new Step(
                    PlainEngine.action(Plan.Change.CREATE, "service", name, "not on the swarm"),
                    () -> docker.createServiceCmd(spec(ref, workload)).exec());
        }
        Service service = live.get();
        List<String> differences = new ArrayList<>();
        String spec = String.valueOf(service.getSpec().getLabels().get(Specs.SPEC));
        if (!spec.equals(Specs.fingerprint(workload))) {
            differences.add("spec: swarm has " + spec + ", wanted " + Specs.fingerprint(workload));
        }
        long replicas = Optional.ofNullable(service.getSpec().getMode())
                .map(ServiceModeConfig::getReplicated)
                .map(ServiceReplicatedModeOptions::getReplicas)
                .orElse(-1L);
        if (replicas != workload.replicas()) {
            differences.add("replicas: swarm has " + replicas + ", wanted " + workload.replicas());
        }
        String image = service.getSpec().getTaskTemplate().getContainerSpec().getImage();
        String wantedImage = workload.containers().getFirst().image();
        if (image == null || !image.startsWith(wantedImage)) {
            differences.add("image: swarm has " + image + ", wanted " + wantedImage);
        }
        links.difference(ref, workload, service).ifPresent(differences::add);
        if (differences.isEmpty()) {
            return Step.unchanged(PlainEngine.action(Plan.Change.UNCHANGED, "service", name));
        }
        return new Step(
                new Plan.Action(Plan.Change.UPDATE, new ResourceRef("service", "", name), differences),
                () -> docker.updateServiceCmd(service.getId(), spec(ref, workload))
                        .withVersion(service.getVersion().getIndex())
                        .exec());
    }

    private ServiceSpec spec(DeploymentRef ref, Workload workload) {
        Workload.ContainerSpec container = workload.containers().getFirst();
        ContainerSpec task = SwarmLinks.container(workload.dataPlane())
                .withImage(container.image())
                .withEnv(Specs.environment(container))
                .withLabels(Specs.labels(ref, workload));
        container
                .readiness()
                .or(container::liveness)
                .ifPresent(p -> task.withHealthCheck(new HealthCheck()
                        .withTest(Specs.healthCommand(p))
                        .withInterval(p.periodSeconds() * SECOND)
                        .withTimeout(5 * SECOND)
                        .withRetries(3)));
        ServicePlacement placement = new ServicePlacement().withConstraints(constraints(workload));
        if (workload.spreadAcrossNodes()) {
            placement.withMaxReplicas(1);
        }
        return new ServiceSpec()
                .withName(Specs.base(ref, workload))
                .withLabels(Specs.labels(ref, workload))
                .withMode(new ServiceModeConfig()
                        .withReplicated(new ServiceReplicatedModeOptions().withReplicas(workload.replicas())))
                // on the task, not the service: Swarm refuses to change a service's deprecated top-level networks
                .withTaskTemplate(new TaskSpec()
                        .withNetworks(SwarmLinks.attachments(ref, workload))
                        .withContainerSpec(task)
                        .withPlacement(placement)
                        .withResources(new ResourceRequirements()
                                .withLimits(new ResourceSpecs()
                                        .withNanoCPUs(container.cpuLimitMilli() * 1_000_000L)
                                        .withMemoryBytes(container.memoryLimitBytes()))
                                .withReservations(new ResourceSpecs()
                                        .withNanoCPUs(container.cpuRequestMilli() * 1_000_000L)
                                        .withMemoryBytes(container.memoryRequestBytes()))));
    }

    /**
     * Swarm constraints are all-of, so "amd64 or arm64" is said as "not each architecture the swarm has that the VDU
     * does not allow"; one allowed architecture is said directly.
     */
    private List<String> constraints(Workload workload) {
        List<String> constraints = new ArrayList<>(List.of("node.platform.os==linux"));
        if (workload.architectures().size() == 1) {
            constraints.add("node.platform.arch=="
                    + Specs.engineArchitecture(
                            workload.architectures().iterator().next()));
        } else if (!workload.architectures().isEmpty()) {
            nodeArchitectures.stream()
                    .filter(a -> !workload.architectures().contains(a))
                    .sorted()
                    .forEach(a -> constraints.add("node.platform.arch!=" + Specs.engineArchitecture(a)));
        }
        return constraints;
    }

    @Override
    public Observation observe(DeploymentRef ref) {
        List<Observation.ResourceStatus> resources = new ArrayList<>();
        List<Observation.Event> events = new ArrayList<>();
        networks(ref)
                .forEach(n -> resources.add(new Observation.ResourceStatus(
                        new ResourceRef("network", "", n.getName()), "", Observation.State.READY, 1, 1, "")));
        for (Service service : owned(ref)) {
            resources.add(status(service, events));
        }
        return new Observation(resources, events);
    }

    /** A service is ready with all its tasks running; failed when short of them and a task said why. */
    private Observation.ResourceStatus status(Service service, List<Observation.Event> events) {
        Map<String, String> labels = service.getSpec().getLabels();
        String workload = labels.get(Ownership.NF) + "-" + labels.get(Ownership.VDU);
        String name = service.getSpec().getName();
        int desired = (int) service.getSpec().getMode().getReplicated().getReplicas();
        List<Task> tasks = tasks(name);
        int running = (int) tasks.stream()
                .filter(t -> t.getStatus().getState() == TaskState.RUNNING)
                .count();
        Optional<Task> failed = tasks.stream()
                .filter(t -> t.getStatus().getErr() != null
                        && !t.getStatus().getErr().isBlank())
                .max(Comparator.comparing(t -> Instants.of(t.getStatus().getTimestamp())));
        ResourceRef about = new ResourceRef("service", "", name);
        failed.ifPresent(t -> events.add(new Observation.Event(
                Instants.of(t.getStatus().getTimestamp()),
                about,
                true,
                String.valueOf(t.getStatus().getState()),
                t.getStatus().getErr())));
        Observation.State state;
        String message = "";
        if (running >= desired && !updating(service)) {
            state = Observation.State.READY;
        } else if (failed.isPresent()) {
            state = Observation.State.FAILED;
            message = "Service " + name + " has " + running + " of " + desired + " tasks running; the last"
                    + " failed: " + failed.get().getStatus().getErr()
                    + (failed.get().getStatus().getErr().contains("No such image")
                            ? " (the image is on no node and cannot be pulled)"
                            : "");
        } else {
            state = Observation.State.PROGRESSING;
            message = running + " of " + desired + " tasks running";
        }
        return new Observation.ResourceStatus(about, workload, state, desired, running, message);
    }

    /** While Swarm replaces tasks after an update, the running ones may still be the old spec's. */
    private static boolean updating(Service service) {
        return service.getUpdateStatus() != null && service.getUpdateStatus().getState() == ServiceUpdateState.UPDATING;
    }

    @Override
    public ApplyResult.Readiness readiness(DeploymentRef ref, Workload workload) {
        return observe(ref).resources().stream()
                .filter(r -> r.workload().equals(workload.name()))
                .findFirst()
                .map(r -> new ApplyResult.Readiness(
                        workload.name(),
                        r.state() == Observation.State.READY,
                        r.message().isBlank() ? "ready" : r.message()))
                .orElse(new ApplyResult.Readiness(workload.name(), false, "not created"));
    }

    /**
     * Removes the services, then the network once their tasks have let go of it: Swarm detaches tasks after the
     * service is gone, and a network with endpoints cannot be removed.
     */
    @Override
    public void destroy(DeploymentRef ref) {
        owned(ref).forEach(s -> remove(s.getId()));
        Instant deadline = clock.instant().plus(NETWORK_RELEASE);
        List<Network> left = networks(ref);
        while (!left.isEmpty()) {
            for (Network network : left) {
                try {
                    docker.removeNetworkCmd(network.getId()).exec();
                } catch (com.github.dockerjava.api.exception.DockerException inUseOrGone) {
                    // in use until the tasks detach; gone is what was wanted: look again below
                }
            }
            left = networks(ref);
            if (!left.isEmpty() && !clock.instant().isBefore(deadline)) {
                throw new io.chainline.connector.api.ConnectorException(
                        io.chainline.connector.api.ConnectorException.Reason.TIMEOUT,
                        "Network " + left.getFirst().getName() + " is still in use " + NETWORK_RELEASE.toSeconds()
                                + " s after its services were removed; destroy again to finish.");
            }
            if (!left.isEmpty()) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void remove(String id) {
        try {
            docker.removeServiceCmd(id).exec();
        } catch (NotFoundException gone) {
            // removed meanwhile: that is what was wanted
        }
    }

    /**
     * The running tasks' containers, read on this manager: a task on another node has its container on that node's
     * engine, which the console does not reach, so then the whole answer is "cannot say" rather than a partial sum.
     * Swarm replaces a failed task rather than restarting its container, so restarts count the service's failed tasks
     * (as far back as Swarm's task history keeps them).
     */
    @Override
    public Optional<List<WorkloadSample>> sample(DeploymentRef ref) {
        String here = docker.infoCmd().exec().getSwarm().getNodeID();
        List<ContainerStats.Owned> running = new ArrayList<>();
        for (Service service : owned(ref)) {
            Map<String, String> labels = service.getSpec().getLabels();
            String workload = labels.get(Ownership.NF) + "-" + labels.get(Ownership.VDU);
            List<Task> tasks = tasks(service.getSpec().getName());
            long failed = tasks.stream()
                    .filter(t -> t.getStatus().getState() == TaskState.FAILED)
                    .count();
            long unattributed = failed; // on the first running task, so a per-NF sum counts them once
            for (Task task : tasks) {
                if (task.getStatus().getState() != TaskState.RUNNING) {
                    continue;
                }
                if (!Objects.equals(here, task.getNodeId()) || task.getStatus().getContainerStatus() == null) {
                    return Optional.empty();
                }
                running.add(new ContainerStats.Owned(
                        task.getStatus().getContainerStatus().getContainerID(),
                        workload,
                        new ResourceRef("task", "", service.getSpec().getName() + "." + task.getSlot()),
                        unattributed));
                unattributed = 0;
            }
        }
        return Optional.of(new ContainerStats(docker).sample(running));
    }

    private List<Task> tasks(String service) {
        return docker.listTasksCmd().withServiceFilter(service).exec();
    }

    private List<Service> owned(DeploymentRef ref) {
        return docker.listServicesCmd()
                .withLabelFilter(Specs.deploymentFilter(ref))
                .exec();
    }

    private List<Network> networks(DeploymentRef ref) {
        return docker.listNetworksCmd().exec().stream()
                .filter(n ->
                        n.getLabels() != null && ref.id().equals(n.getLabels().get(Ownership.DEPLOYMENT)))
                .toList();
    }
}
