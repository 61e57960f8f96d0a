package io.chainline.console.deployment.service;

import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Observation;
import io.chainline.connector.api.Workload;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.EventType;
import io.chainline.console.base.domain.Fault.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What is wrong with one deployment's workloads on one target, from one observation: the faults the watcher reports
 * in scope {@code ("live", deployment:target)}. Pure, so every rule is unit-tested: a workload missing (deleted behind
 * Chainline's back), crash-looping, whose image cannot be pulled, that cannot be scheduled, or failed otherwise is
 * MAJOR; one not ready past its grace is MINOR; every workload down on the target is CRITICAL on the deployment.
 * A workload scaled to zero raises nothing.
 */
final class LiveFaults {

    /** The deployment the faults are on, and the target observed. */
    record Subject(UUID deploymentId, String deploymentName, UUID targetId, String targetName) {}

    private enum Kind {
        MISSING("workload-missing", "Workload missing", EventType.PROCESSING_ERROR_ALARM),
        CRASH_LOOP("crash-loop", "Crash loop", EventType.PROCESSING_ERROR_ALARM),
        IMAGE_PULL("image-pull", "Image pull failing", EventType.COMMUNICATIONS_ALARM),
        UNSCHEDULABLE("unschedulable", "Cannot be scheduled", EventType.PROCESSING_ERROR_ALARM),
        FAILED("workload-failed", "Workload failed", EventType.PROCESSING_ERROR_ALARM),
        NOT_READY("not-ready", "Not ready", EventType.PROCESSING_ERROR_ALARM);

        final String key;
        final String probableCause;
        final EventType eventType;

        Kind(String key, String probableCause, EventType eventType) {
            this.key = key;
            this.probableCause = probableCause;
            this.eventType = eventType;
        }
    }

    private LiveFaults() {}

    /**
     * @param pastGrace asked only for workloads that are progressing without a known fault: whether they have been
     *     so for longer than the grace (the watcher remembers since when)
     */
    static List<Fault> of(Subject subject, DeploymentUnit unit, Observation seen, Predicate<String> pastGrace) {
        List<Fault> faults = new ArrayList<>();
        int wanted = 0;
        int down = 0;
        for (Workload workload : unit.workloads()) {
            if (workload.replicas() == 0) {
                continue;
            }
            wanted++;
            Optional<Fault> fault = of(subject, workload, seen, pastGrace);
            fault.ifPresent(faults::add);
            boolean anyReady = seen.resources().stream()
                    .anyMatch(r -> r.workload().equals(workload.name()) && r.state() == Observation.State.READY);
            if (fault.filter(f -> f.severity() == Severity.MAJOR).isPresent() && !anyReady) {
                down++;
            }
        }
        if (wanted > 0 && down == wanted) {
            faults.add(allDown(subject, wanted));
        }
        return List.copyOf(faults);
    }

    private static Optional<Fault> of(
            Subject subject, Workload workload, Observation seen, Predicate<String> pastGrace) {
        List<Observation.ResourceStatus> mine = seen.resources().stream()
                .filter(r -> r.workload().equals(workload.name()))
                .toList();
        if (mine.isEmpty()) {
            return Optional.of(fault(
                    subject,
                    workload,
                    Kind.MISSING,
                    "Nothing of " + workload.name() + " runs on " + subject.targetName() + ": " + workload.replicas()
                            + " instance(s) wanted. It was removed outside Chainline; reconcile to recreate it."));
        }
        List<Observation.ResourceStatus> instances =
                mine.stream().filter(r -> perInstance(r.resource().kind())).toList();
        if (!instances.isEmpty() && instances.size() < workload.replicas()) {
            return Optional.of(fault(
                    subject,
                    workload,
                    Kind.MISSING,
                    "Only " + instances.size() + " of " + workload.replicas() + " instances of " + workload.name()
                            + " exist on " + subject.targetName() + "; reconcile to recreate the others."));
        }
        return unhealthy(subject, workload, mine, seen, pastGrace);
    }

    private static Optional<Fault> unhealthy(
            Subject subject,
            Workload workload,
            List<Observation.ResourceStatus> mine,
            Observation seen,
            Predicate<String> pastGrace) {
        Optional<Observation.ResourceStatus> failed =
                mine.stream().filter(r -> r.state() == Observation.State.FAILED).findFirst();
        Optional<Observation.ResourceStatus> progressing = mine.stream()
                .filter(r -> r.state() == Observation.State.PROGRESSING)
                .findFirst();
        Optional<Observation.ResourceStatus> worst = failed.or(() -> progressing);
        if (worst.isEmpty()) {
            return Optional.empty();
        }
        String said = worst.get().message() + events(workload, mine, seen);
        Kind kind = classify(said).orElse(failed.isPresent() ? Kind.FAILED : Kind.NOT_READY);
        if (kind == Kind.NOT_READY && !pastGrace.test(workload.name())) {
            return Optional.empty();
        }
        String details = worst.get().resource() + ": " + said.strip();
        return Optional.of(fault(subject, workload, kind, details));
    }

    /** The warnings the target gave about this workload's resources, which often name the reason. */
    private static String events(Workload workload, List<Observation.ResourceStatus> mine, Observation seen) {
        StringBuilder text = new StringBuilder();
        seen.events().stream()
                .filter(Observation.Event::warning)
                .filter(e -> e.about().name().contains(workload.name())
                        || mine.stream().anyMatch(r -> r.resource().equals(e.about())))
                .limit(3)
                .forEach(e -> text.append(" [")
                        .append(e.reason())
                        .append(": ")
                        .append(e.message())
                        .append(']'));
        return text.toString();
    }

    /** Reads the platform's words (Kubernetes reasons, Docker states) for what kind of failure it is. */
    private static Optional<Kind> classify(String said) {
        String text = said.toLowerCase(Locale.ROOT);
        if (text.contains("imagepull") || text.contains("errimage") || text.contains("cannot be pulled")) {
            return Optional.of(Kind.IMAGE_PULL);
        }
        if (text.contains("unschedulable") || text.contains("failedscheduling") || text.contains("be scheduled")) {
            return Optional.of(Kind.UNSCHEDULABLE);
        }
        if (text.contains("crashloop")
                || text.contains("keeps crashing")
                || text.contains("restarting")
                || text.contains("exit code")
                || text.contains("backoff")) {
            return Optional.of(Kind.CRASH_LOOP);
        }
        return Optional.empty();
    }

    private static Fault fault(Subject subject, Workload workload, Kind kind, String details) {
        return new Fault(
                kind.key + ":" + workload.name(),
                Fault.ManagedObject.deployment(subject.deploymentId(), subject.deploymentName()),
                Fault.Resource.workload(workload.name(), workload.nf(), subject.targetId()),
                kind == Kind.NOT_READY ? Severity.MINOR : Severity.MAJOR,
                kind.eventType,
                kind.probableCause,
                details);
    }

    private static Fault allDown(Subject subject, int workloads) {
        return new Fault(
                "deployment-down:" + subject.targetId(),
                Fault.ManagedObject.deployment(subject.deploymentId(), subject.deploymentName()),
                new Fault.Resource(Fault.Resource.Kind.DEPLOYMENT, subject.deploymentName(), "", subject.targetId()),
                Severity.CRITICAL,
                EventType.PROCESSING_ERROR_ALARM,
                "Deployment down",
                "None of the " + workloads + " workload(s) of " + subject.deploymentName() + " on "
                        + subject.targetName() + " runs.");
    }

    /** Instances that are resources of their own (containers, servers), as opposed to a controller counting them. */
    private static boolean perInstance(String kind) {
        return kind.equals("container") || kind.endsWith("Server");
    }
}
