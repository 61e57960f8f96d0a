package io.chainline.connector.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.chainline.connector.api.Observation;
import java.time.Instant;

/**
 * What a container's state means for its workload: failed when it is not running or fails its health check,
 * progressing while its check has not passed or, without a check, while it has been up less than
 * {@link PlainEngine#SETTLE}; {@code settling} says it is only waiting out that time.
 */
record ContainerVerdict(Observation.State state, String message, boolean settling) {

    static ContainerVerdict of(String name, InspectContainerResponse.ContainerState state, Instant now) {
        if (!isRunning(state)) {
            return new ContainerVerdict(Observation.State.FAILED, stopped(name, state), false);
        }
        String health = state.getHealth() == null
                ? ""
                : String.valueOf(state.getHealth().getStatus());
        if (health.equals("unhealthy")) {
            return new ContainerVerdict(
                    Observation.State.FAILED, "Container " + name + " runs but fails its health check.", false);
        }
        if (health.equals("starting")) {
            return new ContainerVerdict(
                    Observation.State.PROGRESSING,
                    "Container " + name + " is starting; its health check has not passed yet.",
                    false);
        }
        if (!checksHealth(state) && Instants.of(state.getStartedAt()).isAfter(now.minus(PlainEngine.SETTLE))) {
            return new ContainerVerdict(
                    Observation.State.PROGRESSING,
                    "Container " + name + " has just started; waiting " + PlainEngine.SETTLE.toSeconds()
                            + " s to see it stays up.",
                    true);
        }
        return new ContainerVerdict(Observation.State.READY, "", false);
    }

    static boolean isRunning(InspectContainerResponse.ContainerState state) {
        return state != null && Boolean.TRUE.equals(state.getRunning());
    }

    /** podman reports an empty health object for containers without a health check. */
    private static boolean checksHealth(InspectContainerResponse.ContainerState state) {
        String status = state.getHealth() == null ? null : state.getHealth().getStatus();
        return status != null && !status.isBlank() && !"none".equals(status);
    }

    private static String stopped(String name, InspectContainerResponse.ContainerState state) {
        if (state == null) {
            return "Container " + name + " disappeared while being read.";
        }
        StringBuilder message = new StringBuilder("Container " + name + " is not running: it is " + state.getStatus());
        if (state.getExitCodeLong() != null && !"created".equals(state.getStatus())) {
            message.append(", exit code ").append(state.getExitCodeLong());
        }
        if (Boolean.TRUE.equals(state.getOOMKilled())) {
            message.append(", killed for running out of memory; raise its memory limit");
        }
        if (state.getError() != null && !state.getError().isBlank()) {
            message.append(": ").append(state.getError());
        }
        return message.append('.').toString();
    }
}
