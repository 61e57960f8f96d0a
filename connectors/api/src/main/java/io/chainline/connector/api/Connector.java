package io.chainline.connector.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One platform target, connected: what every connector (Kubernetes, OpenStack, Docker) implements. Typed records in
 * and out; everything it creates carries {@link Ownership} labels, so it finds, diffs and removes exactly what it owns.
 * Failures are {@link ConnectorException}s that keep their cause and say whether a retry can help.
 */
public interface Connector extends AutoCloseable {

    TargetKind kind();

    /** What this target can run: workloads, sandboxed runtimes, the architectures of its nodes. */
    Capabilities capabilities();

    /** Reaches the target and proves the credentials work, within {@code timeout}; never throws. */
    ConnectionCheck check(Duration timeout);

    /** Nodes or hosts with normalised architectures, capacity and readiness; runtime classes; server version. */
    Inventory inventory();

    /** What {@link #apply} would do: one action per resource, each with why (a dry run, nothing is changed). */
    Plan plan(DeploymentUnit desired);

    /** Makes the target match {@code desired}; waits up to {@code readiness} for the workloads to become ready. */
    ApplyResult apply(DeploymentUnit desired, Duration readiness);

    /** The state of every resource the deployment owns here, and what happened to them, in operator language. */
    Observation observe(DeploymentRef deployment);

    /**
     * CPU, memory, restarts and (where exposed) traffic counters of each running instance the deployment owns here.
     * Empty when this platform cannot say (no metrics source, a remote Swarm node): callers show "not available"
     * rather than zeros. A connector that can say but finds nothing running returns an empty list.
     */
    default Optional<List<WorkloadSample>> sample(DeploymentRef deployment) {
        return Optional.empty();
    }

    /** Removes everything the deployment owns on this target, and nothing else. */
    void destroy(DeploymentRef deployment);

    /**
     * Watches the target's watch or event API for changes to anything Chainline owns there (every deployment), calling
     * {@code onChange} for each, on a thread of the connector's: the caller hands the signal on and returns at once.
     * When the watch ends by itself it calls {@code onChange} once with {@link ChangeSignal#lost}. Empty when the
     * target has no such API: then the caller polls {@link #observe}. The watch lives until it, or this connector, is
     * closed.
     */
    default Optional<Watch> watch(Consumer<ChangeSignal> onChange) {
        return Optional.empty();
    }

    /** An open watch: closing it stops the signals. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    void close();
}
