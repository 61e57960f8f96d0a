package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentJob;
import java.util.Optional;
import java.util.UUID;

/** The deployment feature's refusals, each with its code and what to do, shared by its services. */
final class Refusals {

    private Refusals() {}

    static DeploymentPlan requireDeployable(DeploymentPlan plan) {
        if (!plan.deployable()) {
            throw new ChainlineException(
                    "DEPLOYMENT-NOT-PLACEABLE",
                    Category.CONFLICT,
                    "The deployment cannot run as planned: " + String.join(" | ", plan.problems()));
        }
        return plan;
    }

    /** Refuses what {@link DeploymentActions} says cannot apply, with its code and reason. */
    static void require(DeploymentActions.Action action, DeploymentActions.Facts facts) {
        DeploymentActions.Verdict verdict = DeploymentActions.check(action, facts);
        if (!verdict.allowed()) {
            throw new ChainlineException(verdict.code(), Category.CONFLICT, verdict.reason());
        }
    }

    static DeploymentActions.Facts facts(Deployment d, Optional<DeploymentJob> lastJob, int drifted) {
        return new DeploymentActions.Facts(
                d.getName(),
                d.getState(),
                lastJob.map(j -> new DeploymentActions.LastJob(j.getOperation(), j.getState())),
                drifted);
    }

    static void requireWorkload(String deployment, DesiredState desired, String workload, String verb) {
        if (desired.placements().stream().noneMatch(p -> p.workload().equals(workload))) {
            throw new ChainlineException(
                    "DEPLOYMENT-WORKLOAD-UNKNOWN",
                    Category.NOT_FOUND,
                    deployment + " has no workload " + workload + "; " + verb + " one of "
                            + desired.placements().stream()
                                    .map(DesiredState.PlacedVdu::workload)
                                    .toList());
        }
    }

    static ChainlineException nameTaken(String name) {
        return new ChainlineException(
                "DEPLOYMENT-NAME-TAKEN",
                Category.CONFLICT,
                "A deployment named " + name + " exists; names are unique because platforms name resources after"
                        + " them. Choose another.");
    }

    static ChainlineException notFound(UUID id) {
        return new ChainlineException("DEPLOYMENT-NOT-FOUND", Category.NOT_FOUND, "No deployment " + id + ".");
    }

    static ChainlineException jobNotFound(UUID id) {
        return new ChainlineException("JOB-NOT-FOUND", Category.NOT_FOUND, "No job " + id + ".");
    }
}
