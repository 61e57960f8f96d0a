package io.chainline.connector.api;

import java.time.Instant;
import java.util.List;

/** The state of what a deployment owns on a target, and what happened to it, as an operator reads it. */
public record Observation(List<ResourceStatus> resources, List<Event> events) {

    public Observation {
        resources = List.copyOf(resources);
        events = List.copyOf(events);
    }

    public enum State {
        READY,
        PROGRESSING,
        FAILED
    }

    /**
     * @param workload the workload it belongs to ({@code firewall-fw}), empty for deployment-wide resources
     * @param message what holds it back, in operator language, when not ready
     */
    public record ResourceStatus(
            ResourceRef resource, String workload, State state, int desired, int ready, String message) {}

    /**
     * Something that happened: an image pull error, a pod that cannot be scheduled, a crash loop.
     *
     * @param warning whether it needs attention
     */
    public record Event(Instant at, ResourceRef about, boolean warning, String reason, String message) {}

    public List<ResourceStatus> failures() {
        return resources.stream().filter(r -> r.state() == State.FAILED).toList();
    }

    public boolean isEmpty() {
        return resources.isEmpty();
    }
}
