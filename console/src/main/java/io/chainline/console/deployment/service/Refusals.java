package io.chainline.console.deployment.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.Deployment;
import io.chainline.console.deployment.domain.DeploymentState;
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

    static void requireRunning(Deployment d) {
        if (d.getState() != DeploymentState.INSTANTIATED && d.getState() != DeploymentState.FAILED) {
            throw new ChainlineException(
                    "DEPLOYMENT-NOT-RUNNING",
                    Category.CONFLICT,
                    d.getName() + " is " + d.getState() + "; this operation needs an instantiated deployment.");
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
