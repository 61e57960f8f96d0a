package io.chainline.console.deployment.service;

import java.util.UUID;

/**
 * How a job comes to be. Its id is chosen by the caller, so a scheduled run that recorded the id before starting the
 * job finds it again after a crash instead of starting a second one. A job asked for now is checked against the
 * maintenance windows; a scheduled one was checked by its schedule, under the schedule's own policy or override.
 */
public record JobOrigin(UUID jobId, boolean windowsChecked) {

    public static JobOrigin immediate() {
        return new JobOrigin(UUID.randomUUID(), false);
    }

    public static JobOrigin scheduled(UUID jobId) {
        return new JobOrigin(jobId, true);
    }
}
