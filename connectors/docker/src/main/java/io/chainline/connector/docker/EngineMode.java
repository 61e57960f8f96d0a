package io.chainline.connector.docker;

import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Workload;
import io.chainline.connector.api.WorkloadSample;
import java.util.List;
import java.util.Optional;

/** How a deployment lives on an engine: containers on a plain host, or services on a Swarm. */
interface EngineMode {

    List<Step> steps(DeploymentUnit unit);

    Observation observe(DeploymentRef ref);

    /** Whether the workload runs as asked, and if not what holds it back. */
    ApplyResult.Readiness readiness(DeploymentRef ref, Workload workload);

    /**
     * When the last readiness read found nothing but instances waiting out a settle time, the instant it ends:
     * polling sooner could only tell the same. Empty when something else is pending, or the engine has no such wait.
     */
    default Optional<java.time.Instant> settledAt() {
        return Optional.empty();
    }

    /** Each workload's readiness, in order; engines that can read them all at once override this. */
    default List<ApplyResult.Readiness> readiness(DeploymentRef ref, List<Workload> workloads) {
        return workloads.stream().map(w -> readiness(ref, w)).toList();
    }

    /** Each running owned container's figures; empty when this engine cannot read them all (remote Swarm nodes). */
    Optional<List<WorkloadSample>> sample(DeploymentRef ref);

    void destroy(DeploymentRef ref);
}
