package io.chainline.console.deployment.service;

import io.chainline.connector.api.ApplyResult;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Plan;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.deployment.domain.JobEvent;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.fleet.service.FleetService;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Runs one step against its target. Every step is idempotent: apply makes the target match a unit whatever it holds
 * (create what is missing, replace what differs, leave what matches), destroy removes what is owned and nothing
 * else. So a step that runs twice, after a retry or a console restart, creates nothing twice.
 */
@Component
class StepExecutor {

    private final ImageGate gate;
    private final FleetService fleet;

    StepExecutor(ImageGate gate, FleetService fleet) {
        this.gate = gate;
        this.fleet = fleet;
    }

    /** @param log where the step says what it did */
    String run(JobStep step, JobRequest request, BiConsumer<JobEvent.Level, String> log) {
        return switch (step.getKind()) {
            case GATE -> gate(request, log);
            case APPLY -> apply(step, request.desired(), request.settings().readiness(), log);
            case DESTROY -> destroy(step, request, log);
            case REMOVE_WORKLOAD -> removeWorkload(step, request, log);
        };
    }

    private String gate(JobRequest request, BiConsumer<JobEvent.Level, String> log) {
        List<ImageGate.Finding> findings = gate.check(request.desired(), request.settings());
        if (!findings.isEmpty()) {
            findings.forEach(f -> log.accept(JobEvent.Level.ERROR, f.code() + ": " + f.message()));
            throw new StepFailure(
                    findings.getFirst().code(), findings.getFirst().message(), false, null);
        }
        long images = request.desired().placements().stream()
                .flatMap(p -> p.images().stream())
                .distinct()
                .count();
        return images + " image" + (images == 1 ? "" : "s") + " pinned by digest"
                + (request.settings().requireSignatures() ? ", each signed by a trusted key" : "");
    }

    String apply(
            JobStep step, DesiredState desired, java.time.Duration readiness, BiConsumer<JobEvent.Level, String> log) {
        DeploymentUnit unit = desired.unitOn(targetOf(step)).orElseThrow().unit();
        return applyUnit(targetOf(step), step.getTargetName(), unit, readiness, log);
    }

    String applyUnit(
            UUID target,
            String targetName,
            DeploymentUnit unit,
            java.time.Duration readiness,
            BiConsumer<JobEvent.Level, String> log) {
        ApplyResult result = connect(target, targetName, c -> c.apply(unit, readiness));
        for (Plan.Action action : result.applied().changes()) {
            log.accept(
                    JobEvent.Level.INFO,
                    targetName + ": " + action.change().name().toLowerCase() + " "
                            + action.resource().kind() + " " + action.resource().name());
        }
        if (!result.allReady()) {
            String waiting = String.join(
                    "; ",
                    result.readiness().stream()
                            .filter(r -> !r.ready())
                            .map(r -> r.workload() + ": " + r.message())
                            .toList());
            throw new StepFailure(
                    "DEPLOYMENT-NOT-READY", "Not ready in time on " + targetName + " — " + waiting, false, null);
        }
        return result.applied().changes().size() + " change"
                + (result.applied().changes().size() == 1 ? "" : "s")
                + ", " + result.readiness().size() + " workload"
                + (result.readiness().size() == 1 ? "" : "s")
                + " ready";
    }

    void destroyUnit(UUID target, String targetName, DeploymentUnit unit, BiConsumer<JobEvent.Level, String> log) {
        connect(target, targetName, c -> {
            c.destroy(unit.ref());
            return null;
        });
        log.accept(
                JobEvent.Level.INFO,
                targetName + ": removed everything " + unit.ref().id() + " owned");
    }

    private String destroy(JobStep step, JobRequest request, BiConsumer<JobEvent.Level, String> log) {
        DeploymentUnit unit = request.previous()
                .flatMap(p -> p.unitOn(targetOf(step)))
                .or(() -> request.desired().unitOn(targetOf(step)))
                .orElseThrow()
                .unit();
        destroyUnit(targetOf(step), step.getTargetName(), unit, log);
        return "removed";
    }

    private String removeWorkload(JobStep step, JobRequest request, BiConsumer<JobEvent.Level, String> log) {
        String workload = request.workload().orElseThrow();
        DeploymentUnit unit =
                request.desired().unitOn(targetOf(step)).orElseThrow().unit();
        DeploymentUnit without = new DeploymentUnit(
                unit.ref(),
                unit.workloads().stream()
                        .filter(w -> !w.name().equals(workload))
                        .toList(),
                unit.flows(),
                unit.externalAccess(),
                unit.networks()); // the other workloads stay on their links while this one is recreated
        connect(targetOf(step), step.getTargetName(), c -> c.apply(without, java.time.Duration.ZERO));
        log.accept(JobEvent.Level.INFO, step.getTargetName() + ": removed " + workload + " to recreate it");
        return workload + " removed";
    }

    private <T> T connect(UUID target, String targetName, java.util.function.Function<Connector, T> work) {
        try (Connector connector = fleet.connect(target)) {
            return work.apply(connector);
        } catch (ConnectorException e) {
            throw new StepFailure(
                    "CONNECTOR-" + e.reason().name(), e.getMessage(), e.reason().retryable(), e);
        } catch (ChainlineException e) {
            throw new StepFailure(e.code(), e.getMessage(), false, e);
        } catch (StepFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // a connector bug or an answer it could not read: say so, keep the cause for the log
            throw new StepFailure("CONNECTOR-ERROR", targetName + ": " + e, false, e);
        }
    }

    private static UUID targetOf(JobStep step) {
        return step.getTargetId().orElseThrow();
    }
}
