package io.chainline.console.deployment.view;

import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentActions;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.DeploymentViews;
import io.chainline.console.deployment.service.DesiredState;
import java.util.List;

/** What each confirmed action will do, in concrete terms: how many workloads, on which targets, what stays. Pure. */
final class Consequences {

    private Consequences() {}

    static String terminate(DeploymentViews.DeploymentDetail d) {
        DesiredState desired = d.desired();
        return "Stops and removes " + count(desired.placements().size(), "workload") + " ("
                + count(desired.instances(), "instance") + ") on " + targets(desired) + "; the deployment stays in"
                + " the list as TERMINATED, and only a new deployment runs it again.";
    }

    static String reconcile(DeploymentViews.DeploymentDetail d) {
        List<String> found = d.drift().stream()
                .limit(3)
                .map(i -> i.targetName() + ": " + i.change().toLowerCase() + " " + i.resource())
                .toList();
        String drift = d.drift().isEmpty()
                ? "No drift was found at the last check, so it should change nothing."
                : "The " + count(d.drift().size(), "difference") + " found at the last check ("
                        + String.join("; ", found) + (d.drift().size() > 3 ? "; …" : "")
                        + ") are undone: what was changed by hand on the platform is replaced or removed.";
        return "Applies what was deployed to " + targets(d.desired()) + " again. " + drift
                + " Workloads that are replaced restart.";
    }

    static String heal(DeploymentViews.DeploymentDetail d, String workload) {
        DesiredState.PlacedVdu placed = d.desired().placements().stream()
                .filter(p -> p.workload().equals(workload))
                .findFirst()
                .orElseThrow();
        return "Removes " + workload + "'s " + count(placed.replicas(), "instance") + " on " + placed.targetName()
                + " and creates them again from the deployed state; it answers no traffic until they are ready.";
    }

    static String scaleIn(String workload, int from, int to, String target) {
        return "Stops " + count(from - to, "of " + workload + "'s instance") + " on " + target + " (" + from + " → "
                + to + "); connections they hold are cut.";
    }

    static String upgrade(DeploymentViews.DeploymentDetail d, String version) {
        return "Replaces " + d.summary().name() + "'s workloads with those of " + version + ", target by target ("
                + targets(d.desired()) + "); replaced workloads restart. If a step fails, "
                + (d.settings().onFailure() == DeploymentSettings.FailurePolicy.ROLLBACK
                        ? "the version running now is restored."
                        : "what was changed is left as it is for inspection.");
    }

    static String cancel(DeploymentViews.JobSummary job) {
        return "Stops the " + DeploymentActions.label(job.operation()) + " job before its next step ("
                + job.stepsDone() + " of " + job.stepsTotal() + " done). What earlier steps did is left as it is,"
                + " not rolled back"
                + (job.operation() == Operation.INSTANTIATE || job.operation() == Operation.TERMINATE
                        ? "; the deployment ends as FAILED."
                        : ".");
    }

    private static String targets(DesiredState desired) {
        int n = desired.units().size();
        return (n == 1 ? "target " : "targets ") + desired.targetNames();
    }

    /** "3 workloads", "1 workload"; a phrase like "of x's instance" takes its plural on its last word. */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
