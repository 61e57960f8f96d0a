package io.chainline.console.deployment.service;

import io.chainline.console.deployment.domain.DeploymentState;
import io.chainline.console.deployment.domain.JobState;
import io.chainline.console.deployment.domain.Operation;
import java.util.Locale;
import java.util.Optional;

/**
 * Which lifecycle actions apply to a deployment in its present state, and if not, why: the one rule the deployment
 * page uses to disable its buttons (the reason is the tooltip) and the services use to refuse (the reason is the
 * refusal's message), so the two never disagree. Pure.
 */
public final class DeploymentActions {

    /** What an operator can do to a deployment. */
    public enum Action {
        REFRESH_LIVE,
        CHECK_DRIFT,
        RECONCILE,
        ACCEPT_DRIFT,
        SCALE,
        HEAL,
        UPGRADE,
        TERMINATE,
        CANCEL_JOB,
        RETRY_JOB,
        DELETE
    }

    /**
     * What the rule looks at.
     *
     * @param lastJob the deployment's newest job: one runs at a time, so if any is active it is this one
     * @param drifted how many differences the last drift check found
     */
    public record Facts(String name, DeploymentState state, Optional<LastJob> lastJob, int drifted) {

        public static Facts of(DeploymentViews.DeploymentSummary summary) {
            return new Facts(
                    summary.name(),
                    summary.state(),
                    summary.lastJob().map(j -> new LastJob(j.operation(), j.state())),
                    summary.drifted());
        }

        Optional<LastJob> activeJob() {
            return lastJob.filter(j -> !j.state().finished());
        }
    }

    public record LastJob(Operation operation, JobState state) {}

    /** Allowed, or refused with a stable code and a sentence saying why and what to do. */
    public record Verdict(boolean allowed, String code, String reason) {

        static final Verdict YES = new Verdict(true, "", "");

        static Verdict no(String code, String reason) {
            return new Verdict(false, code, reason);
        }
    }

    private DeploymentActions() {}

    public static Verdict check(Action action, Facts f) {
        if (action == Action.CANCEL_JOB) {
            return f.activeJob().isPresent()
                    ? Verdict.YES
                    : Verdict.no("JOB-FINISHED", "No job is running on " + f.name() + "; there is nothing to cancel.");
        }
        Optional<Verdict> gone = terminated(action, f);
        if (gone.isPresent()) {
            return gone.get();
        }
        if (f.activeJob().isPresent() && action != Action.REFRESH_LIVE) {
            LastJob job = f.activeJob().get();
            return Verdict.no(
                    "DEPLOYMENT-BUSY",
                    "The " + label(job.operation()) + " job on " + f.name() + " is " + label(job.state())
                            + "; wait for it to end or cancel it.");
        }
        return switch (action) {
            case REFRESH_LIVE, TERMINATE -> Verdict.YES;
            case CHECK_DRIFT, RECONCILE, SCALE, HEAL, UPGRADE -> running(f);
            case ACCEPT_DRIFT ->
                running(f).allowed() && f.drifted() == 0
                        ? Verdict.no("DRIFT-NONE", "The last check found no drift on " + f.name() + " to accept.")
                        : running(f);
            case RETRY_JOB -> retry(f);
            case DELETE -> delete(f);
            case CANCEL_JOB -> throw new IllegalStateException("answered above");
        };
    }

    private static Verdict retry(Facts f) {
        return f.lastJob().filter(j -> j.state() == JobState.FAILED).isPresent()
                ? Verdict.YES
                : Verdict.no(
                        "JOB-NOT-RETRYABLE",
                        "Only a failed job is retried; " + f.name() + "'s last job "
                                + f.lastJob().map(j -> "is " + label(j.state())).orElse("does not exist") + ".");
    }

    private static Verdict delete(Facts f) {
        return f.state() == DeploymentState.NOT_INSTANTIATED
                ? Verdict.YES
                : Verdict.no(
                        "DEPLOYMENT-RUNNING",
                        f.name() + " is " + label(f.state()) + "; terminate it first, so nothing is left behind.");
    }

    /**
     * Whether a job of this kind can be written down for later against a deployment in this state: the same rule as
     * {@link #check} with the job that may run now left out (it will have ended when the schedule is due), so a
     * terminated or terminating deployment is never offered.
     */
    public static Verdict schedulable(Operation operation, String name, DeploymentState state) {
        if (state == DeploymentState.TERMINATED || state == DeploymentState.TERMINATING) {
            return Verdict.no(
                    "DEPLOYMENT-TERMINATED",
                    name + " is " + label(state) + "; nothing of it will run to " + label(operation)
                            + ". Choose another deployment.");
        }
        return Verdict.YES;
    }

    /** A terminated deployment only goes away: nothing of it runs, so nothing else applies. */
    private static Optional<Verdict> terminated(Action action, Facts f) {
        if (f.state() != DeploymentState.TERMINATED) {
            return Optional.empty();
        }
        if (action == Action.DELETE) {
            return Optional.of(Verdict.YES);
        }
        return Optional.of(Verdict.no(
                "DEPLOYMENT-TERMINATED",
                f.name() + " is terminated; nothing of it runs. Deploy the chain again to run it, or delete this"
                        + " record."));
    }

    private static Verdict running(Facts f) {
        return f.state() == DeploymentState.INSTANTIATED || f.state() == DeploymentState.FAILED
                ? Verdict.YES
                : Verdict.no(
                        "DEPLOYMENT-NOT-RUNNING",
                        f.name() + " is " + label(f.state()) + "; this needs an instantiated deployment.");
    }

    /** "ROLLING_BACK" as "rolling back". */
    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
