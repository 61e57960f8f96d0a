package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmNode;
import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Capabilities;
import io.chainline.connector.api.ConnectionCheck;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Inventory;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.WorkloadSample;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Deploys units to one Docker engine. What the engine is decides how: a Swarm manager gets services, a plain host
 * (Docker or podman) gets containers. Either way the unit is checked against the engine first (architectures,
 * runtimes), so a refusal changes nothing.
 */
public final class DockerConnector implements Connector {

    /** Readiness polls: the first soon after the changes (most containers are up by then), then backing off. */
    static final long FIRST_POLL_MILLIS = 100;

    static final long LAST_POLL_MILLIS = 400;

    private static final java.util.concurrent.Executor VIRTUAL =
            task -> Thread.ofVirtual().name("chainline-docker-facts").start(task);

    private final DockerClient docker;
    private final String endpoint;
    private final Clock clock;
    private final Runnable cleanup;
    private final FactsCache factsCache;

    /** Deploy containers even to a Swarm manager, which is a Docker host as well (the tests' dockerd is both). */
    private volatile boolean plainHost;

    DockerConnector(DockerClient docker, String endpoint, Clock clock, Runnable cleanup) {
        this(docker, endpoint, clock, cleanup, new FactsCache(clock));
    }

    DockerConnector(DockerClient docker, String endpoint, Clock clock, Runnable cleanup, FactsCache factsCache) {
        this.docker = docker;
        this.endpoint = endpoint;
        this.clock = clock;
        this.cleanup = cleanup;
        this.factsCache = factsCache;
    }

    /** Makes this connector use the engine as a plain host even when it is a Swarm manager. */
    DockerConnector asPlainHost() {
        this.plainHost = true;
        return this;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.DOCKER;
    }

    @Override
    public Capabilities capabilities() {
        EngineFacts facts = facts();
        return new Capabilities(
                true,
                false,
                facts.runtimes().stream().filter(r -> r.contains("kata")).collect(Collectors.toSet()),
                facts.architectures());
    }

    @Override
    public ConnectionCheck check(Duration timeout) {
        Instant start = clock.instant();
        CompletableFuture<String> probe = CompletableFuture.supplyAsync(() -> {
            docker.pingCmd().exec();
            var version = docker.versionCmd().exec();
            Info info = docker.infoCmd().exec();
            EngineIdentity engine = EngineIdentity.of(version, info);
            return (isSwarmManager(info) ? engine.product() + " Swarm manager " + engine.version() : engine.describe())
                    + " (API " + version.getApiVersion() + ")";
        });
        try {
            return ConnectionCheck.reached(
                    probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS), Duration.between(start, clock.instant()));
        } catch (TimeoutException e) {
            probe.cancel(true);
            return failed(ConnectionCheck.Failure.TIMEOUT, start);
        } catch (ExecutionException e) {
            ConnectionCheck.Failure failure =
                    DockerFailures.classify(e.getCause()).orElse(ConnectionCheck.Failure.OTHER);
            return failure == ConnectionCheck.Failure.OTHER
                    ? ConnectionCheck.failed(
                            failure,
                            "The Docker daemon at " + endpoint + " answered unexpectedly: "
                                    + e.getCause().getMessage(),
                            Duration.between(start, clock.instant()))
                    : failed(failure, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(ConnectionCheck.Failure.TIMEOUT, start);
        }
    }

    private ConnectionCheck failed(ConnectionCheck.Failure failure, Instant start) {
        return ConnectionCheck.failed(
                failure, DockerFailures.explain(failure, endpoint), Duration.between(start, clock.instant()));
    }

    @Override
    public Inventory inventory() {
        return guarded("read the inventory of", () -> {
            Info info = docker.infoCmd().exec();
            EngineIdentity engine = EngineIdentity.of(docker.versionCmd().exec(), info);
            List<Inventory.RuntimeClass> runtimes = engine.runtimes().entrySet().stream()
                    .map(e -> new Inventory.RuntimeClass(e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparing(Inventory.RuntimeClass::name))
                    .toList();
            String version = engine.describe();
            if (!isSwarmManager(info)) {
                return new Inventory(version, List.of(host(info)), runtimes);
            }
            return new Inventory(
                    version + " (Swarm)",
                    docker.listSwarmNodesCmd().exec().stream()
                            .map(DockerConnector::node)
                            .toList(),
                    runtimes);
        });
    }

    private static Inventory.Node host(Info info) {
        Map<String, String> labels = new TreeMap<>();
        for (String label : Optional.ofNullable(info.getLabels()).orElse(new String[0])) {
            int eq = label.indexOf('=');
            labels.put(eq < 0 ? label : label.substring(0, eq), eq < 0 ? "" : label.substring(eq + 1));
        }
        String arch = String.valueOf(info.getArchitecture());
        return new Inventory.Node(
                String.valueOf(info.getName()),
                Architecture.parse(arch),
                arch,
                String.valueOf(info.getOperatingSystem()),
                Optional.ofNullable(info.getNCPU()).orElse(0) * 1000L,
                Optional.ofNullable(info.getMemTotal()).orElse(0L),
                labels,
                true);
    }

    private static Inventory.Node node(SwarmNode node) {
        var description = node.getDescription();
        String arch = String.valueOf(description.getPlatform().getArchitecture());
        Map<String, String> labels = node.getSpec() == null || node.getSpec().getLabels() == null
                ? Map.of()
                : node.getSpec().getLabels();
        return new Inventory.Node(
                description.getHostname(),
                Architecture.parse(arch),
                arch,
                String.valueOf(description.getPlatform().getOs()),
                Optional.ofNullable(description.getResources().getNanoCPUs()).orElse(0L) / 1_000_000L,
                Optional.ofNullable(description.getResources().getMemoryBytes()).orElse(0L),
                labels,
                node.getStatus() != null
                        && "ready"
                                .equalsIgnoreCase(
                                        String.valueOf(node.getStatus().getState())));
    }

    @Override
    public Plan plan(DeploymentUnit desired) {
        return guarded(
                "plan on",
                () -> new Plan(steps(desired).stream().map(Step::action).toList()));
    }

    /**
     * Plans against the engine's facts read once, makes the changes (container creates concurrently, {@link Steps}),
     * then waits for every workload with one observation per poll, polling fast at first and backing off.
     */
    @Override
    public ApplyResult apply(DeploymentUnit desired, Duration readiness) {
        return guarded("apply to", () -> {
            ApplyTimings timings = new ApplyTimings();
            EngineFacts facts = timings.time("1-facts", this::facts);
            facts.admit(desired);
            EngineMode mode = mode(facts, timings);
            List<Step> steps = timings.time("2-plan", () -> mode.steps(desired));
            timings.time("3-changes", () -> Steps.run(steps, timings));
            Instant deadline = clock.instant().plus(readiness);
            List<ApplyResult.Readiness> ready =
                    timings.time("4-readiness", () -> awaitReadiness(mode, desired, deadline));
            timings.log(desired.ref());
            return new ApplyResult(new Plan(steps.stream().map(Step::action).toList()), ready);
        });
    }

    private List<ApplyResult.Readiness> awaitReadiness(EngineMode mode, DeploymentUnit desired, Instant deadline) {
        List<ApplyResult.Readiness> states = mode.readiness(desired.ref(), desired.workloads());
        long pollMillis = FIRST_POLL_MILLIS;
        while (states.stream().anyMatch(r -> !r.ready()) && clock.instant().isBefore(deadline)) {
            Instant now = clock.instant();
            long settling = mode.settledAt()
                    .map(at -> Duration.between(now, at).toMillis())
                    .orElse(0L);
            pause(Math.max(
                    1,
                    Math.min(
                            Math.max(pollMillis, settling),
                            Duration.between(now, deadline).toMillis())));
            pollMillis = Math.min(pollMillis * 2, LAST_POLL_MILLIS);
            states = mode.readiness(desired.ref(), desired.workloads());
        }
        return states;
    }

    @Override
    public Observation observe(DeploymentRef deployment) {
        return guarded("observe", () -> mode().observe(deployment));
    }

    @Override
    public Optional<List<WorkloadSample>> sample(DeploymentRef deployment) {
        return guarded("read container statistics from", () -> mode().sample(deployment));
    }

    @Override
    public void destroy(DeploymentRef deployment) {
        guarded("remove a deployment from", () -> {
            mode().destroy(deployment);
            return null;
        });
    }

    /** The engine's event stream, narrowed to what Chainline owns ({@link DockerEvents}). */
    @Override
    public Optional<Watch> watch(java.util.function.Consumer<io.chainline.connector.api.ChangeSignal> onChange) {
        return Optional.of(guarded("watch the events of", () -> DockerEvents.open(docker, onChange)));
    }

    @Override
    public void close() {
        try {
            docker.close();
        } catch (IOException e) {
            // nothing is left to release that the operator could act on
        } finally {
            cleanup.run();
        }
    }

    private List<Step> steps(DeploymentUnit unit) {
        EngineFacts facts = facts();
        facts.admit(unit);
        return mode(facts, new ApplyTimings()).steps(unit);
    }

    private EngineMode mode() {
        return mode(facts(), new ApplyTimings());
    }

    private EngineMode mode(EngineFacts facts, ApplyTimings timings) {
        return facts.swarm()
                ? new SwarmEngine(docker, facts.architectures(), clock)
                : new PlainEngine(docker, clock, facts.podman(), timings);
    }

    /** The engine's facts, read at most once per {@link FactsCache#TTL} by the connectors of one factory. */
    EngineFacts facts() {
        return factsCache.get(endpoint + (plainHost ? " as plain host" : ""), this::readFacts);
    }

    /**
     * Reads {@code /info} and {@code /version} at once: podman answers each by running its runtime and conmon
     * binaries (about half a second apiece on a small host), so one after the other they cost twice that.
     */
    private EngineFacts readFacts() {
        CompletableFuture<com.github.dockerjava.api.model.Version> version =
                CompletableFuture.supplyAsync(() -> docker.versionCmd().exec(), VIRTUAL);
        Info info = docker.infoCmd().exec();
        boolean swarm = isSwarmManager(info) && !plainHost;
        Set<Architecture> architectures = swarm
                ? docker.listSwarmNodesCmd().exec().stream()
                        .flatMap(n -> Architecture.parse(
                                n.getDescription().getPlatform().getArchitecture())
                                .stream())
                        .collect(Collectors.toSet())
                : Architecture.parse(info.getArchitecture()).map(Set::of).orElse(Set.of());
        EngineIdentity engine = EngineIdentity.of(joined(version), info);
        return new EngineFacts(
                swarm,
                architectures,
                Set.copyOf(engine.runtimes().keySet()),
                String.valueOf(info.getServerVersion()),
                EngineIdentity.PODMAN.equals(engine.product()));
    }

    private static boolean isSwarmManager(Info info) {
        return info.getSwarm() != null
                && info.getSwarm().getLocalNodeState() == LocalNodeState.ACTIVE
                && Boolean.TRUE.equals(info.getSwarm().getControlAvailable());
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(
                    ConnectorException.Reason.TIMEOUT, "Interrupted while waiting for readiness.", e);
        }
    }

    private <T> T guarded(String doing, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw DockerFailures.of(e, "Could not " + doing + " the Docker daemon at " + endpoint);
        }
    }
}
