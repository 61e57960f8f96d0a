package io.chainline.console.base.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing wrong, as a source observes it now: what the alarm module keeps as an alarm (SOL005 {@code Alarm}) for as
 * long as the source keeps reporting it. Sources only say what is wrong; they never track alarms themselves.
 *
 * @param cause stable key of this fault within its {@link FaultScope} (e.g. {@code workload-missing:firewall-fw}):
 *     the same cause reported again updates the one active alarm instead of raising another
 * @param object what the alarm is on (SOL005 managed object): a deployment, or a target for fleet-wide faults
 * @param resource the faulty part of it: a network function, a workload, a link, a node, a job
 * @param probableCause short operator phrase, e.g. "Workload missing", "Target unreachable"
 * @param details what exactly, in operator language (SOL005 faultDetails)
 */
public record Fault(
        String cause,
        ManagedObject object,
        Resource resource,
        Severity severity,
        EventType eventType,
        String probableCause,
        String details) {

    public Fault {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(eventType, "eventType");
        probableCause = probableCause == null ? "" : probableCause;
        details = details == null ? "" : details;
        if (severity == Severity.CLEARED) {
            throw new IllegalArgumentException("a fault is never CLEARED: stop reporting it to clear its alarm");
        }
    }

    /** SOL005 PerceivedSeverityType, worst first. */
    public enum Severity {
        CRITICAL,
        MAJOR,
        MINOR,
        WARNING,
        INDETERMINATE,
        CLEARED;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether this one is worse than {@code other} (CRITICAL is worst). */
        public boolean worseThan(Severity other) {
            return ordinal() < other.ordinal();
        }
    }

    /** SOL005 EventType. */
    public enum EventType {
        COMMUNICATIONS_ALARM,
        PROCESSING_ERROR_ALARM,
        ENVIRONMENTAL_ALARM,
        QOS_ALARM,
        EQUIPMENT_ALARM
    }

    /**
     * What an alarm is on. {@code id} is the deployment's or target's id; {@code name} is what operators call it.
     */
    public record ManagedObject(Kind kind, UUID id, String name) {
        public enum Kind {
            DEPLOYMENT,
            TARGET,
            SCHEDULE,
            SUBSCRIPTION,
            EXTERNAL
        }

        public ManagedObject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            name = name == null ? "" : name;
        }

        public static ManagedObject deployment(UUID id, String name) {
            return new ManagedObject(Kind.DEPLOYMENT, id, name);
        }

        public static ManagedObject target(UUID id, String name) {
            return new ManagedObject(Kind.TARGET, id, name);
        }
    }

    /**
     * The faulty part of the managed object.
     *
     * @param name e.g. the NF ({@code firewall}), the workload ({@code firewall-fw}), the link, the node, the job id
     * @param nf the network function it belongs to, empty when none
     * @param targetId the target it runs on, when known (the alarms view filters by target and site with it)
     */
    public record Resource(Kind kind, String name, String nf, UUID targetId) {
        public enum Kind {
            DEPLOYMENT,
            NF,
            WORKLOAD,
            LINK,
            TARGET,
            NODE,
            JOB,
            SCHEDULE,
            SUBSCRIPTION,
            EXTERNAL
        }

        public Resource {
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name;
            nf = nf == null ? "" : nf;
        }

        public static Resource workload(String workload, String nf, UUID targetId) {
            return new Resource(Kind.WORKLOAD, workload, nf, targetId);
        }

        public static Resource target(UUID targetId, String name) {
            return new Resource(Kind.TARGET, name, "", targetId);
        }
    }
}
