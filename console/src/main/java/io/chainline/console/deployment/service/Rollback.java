package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobEvent;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.domain.StepKind;
import io.chainline.console.deployment.domain.StepState;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Undoes a failed job under the ROLLBACK policy: an instantiation removes what it created on every target it touched;
 * a scale or upgrade puts back the previous state (and removes what it added on new targets). Idempotent like the
 * steps, so a rollback interrupted by a crash is simply run again.
 */
@Component
class Rollback {

    private static final int ATTEMPTS = 5;

    private final JobLedger ledger;
    private final StepExecutor steps;

    Rollback(JobLedger ledger, StepExecutor steps) {
        this.ledger = ledger;
        this.steps = steps;
    }

    boolean applies(JobLedger.Snapshot s) {
        Operation op = s.job().getOperation();
        return s.request().settings().onFailure() == DeploymentSettings.FailurePolicy.ROLLBACK
                && (op == Operation.INSTANTIATE
                        || (op == Operation.SCALE || op == Operation.UPGRADE)
                                && s.request().previous().isPresent());
    }

    void run(JobLedger.Snapshot s, String why) {
        UUID job = s.job().getId();
        ledger.rollingBack(job);
        ledger.event(job, JobEvent.Level.WARN, "Rolling back (" + why + ")");
        BiConsumer<JobEvent.Level, String> log = (level, message) -> ledger.event(job, level, message);
        try {
            if (s.job().getOperation() == Operation.INSTANTIATE) {
                undoInstantiate(s, log);
            } else {
                restorePrevious(s, log);
            }
        } catch (StepFailure failure) {
            ledger.event(
                    job,
                    JobEvent.Level.ERROR,
                    "Rollback failed: " + failure.code() + ": " + failure.getMessage()
                            + ". What is left is listed under the deployment's live state; retry the job or terminate.");
            ledger.finish(
                    job,
                    JobState.FAILED,
                    "ROLLBACK-FAILED",
                    failure.getMessage(),
                    DeploymentState.FAILED,
                    Optional.empty());
            return;
        }
        DeploymentState end = s.job().getOperation() == Operation.INSTANTIATE
                ? DeploymentState.NOT_INSTANTIATED
                : DeploymentState.INSTANTIATED;
        ledger.event(job, JobEvent.Level.INFO, "Rolled back");
        ledger.finish(job, JobState.ROLLED_BACK, code(why), why, end, Optional.empty());
    }

    private void undoInstantiate(JobLedger.Snapshot s, BiConsumer<JobEvent.Level, String> log) {
        for (JobStep step : s.steps()) {
            if (step.getKind() == StepKind.APPLY && touched(step)) {
                DesiredState.TargetUnit unit = s.request()
                        .desired()
                        .unitOn(step.getTargetId().orElseThrow())
                        .orElseThrow();
                persist(log, () -> steps.destroyUnit(unit.targetId(), unit.targetName(), unit.unit(), log));
                ledger.stepEnded(step.getId(), StepState.UNDONE, "removed by the rollback");
            }
        }
    }

    private void restorePrevious(JobLedger.Snapshot s, BiConsumer<JobEvent.Level, String> log) {
        DesiredState previous = s.request().previous().orElseThrow();
        for (DesiredState.TargetUnit unit : previous.units()) {
            persist(
                    log,
                    () -> steps.applyUnit(
                            unit.targetId(),
                            unit.targetName(),
                            unit.unit(),
                            s.request().settings().readiness(),
                            log));
        }
        for (JobStep step : s.steps()) {
            UUID target = step.getTargetId().orElse(null);
            boolean added = target != null && previous.unitOn(target).isEmpty();
            if (step.getKind() == StepKind.APPLY && added && touched(step)) {
                DesiredState.TargetUnit unit =
                        s.request().desired().unitOn(target).orElseThrow();
                persist(log, () -> steps.destroyUnit(target, unit.targetName(), unit.unit(), log));
            }
            if (touched(step) && step.getKind() != StepKind.GATE) {
                ledger.stepEnded(step.getId(), StepState.UNDONE, "undone by the rollback");
            }
        }
    }

    /**
     * Rollback tries harder than a step: a daemon busy restarting a crashing container refuses a removal for a moment
     * (podman: "container state improper"), and giving up would leave it running.
     */
    private static void persist(BiConsumer<JobEvent.Level, String> log, Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (StepFailure failure) {
                if (!failure.retryable() || attempt >= ATTEMPTS) {
                    throw failure;
                }
                log.accept(JobEvent.Level.WARN, failure.code() + ": " + failure.getMessage() + " — retrying");
                JobRunner.sleep(java.time.Duration.ofSeconds(attempt));
            }
        }
    }

    /** Whether the step ran, judged from the ledger now: the snapshot may predate its start. */
    private boolean touched(JobStep step) {
        return step.getState() != StepState.PENDING || step.getAttempts() > 0;
    }

    private static String code(String why) {
        int colon = why.indexOf(':');
        return colon > 0 && colon < 60 ? why.substring(0, colon) : "JOB-FAILED";
    }
}
