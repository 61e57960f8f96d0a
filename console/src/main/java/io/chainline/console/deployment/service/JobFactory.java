package io.chainline.console.deployment.service;

import io.chainline.connector.api.Plan;
import io.chainline.console.deployment.domain.JobStep;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.domain.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The steps of each operation, in order, with what each will change as the plan said it. */
final class JobFactory {

    private JobFactory() {}

    static List<JobStep> steps(UUID job, Operation op, JobRequest request, List<DeploymentPlan.TargetPlan> plans) {
        List<JobStep> steps = new ArrayList<>();
        switch (op) {
            case INSTANTIATE, SCALE, UPGRADE, RECONCILE -> apply(job, request, plans, steps);
            case HEAL -> heal(job, request, steps);
            case TERMINATE ->
                request.desired()
                        .units()
                        .forEach(u -> steps.add(new JobStep(
                                job,
                                steps.size(),
                                StepKind.DESTROY,
                                u.targetId(),
                                u.targetName(),
                                "Remove from " + u.targetName(),
                                "everything the deployment owns there")));
        }
        return steps;
    }

    /** Gate the images, apply to each target of the desired state, then remove from targets it no longer uses. */
    private static void apply(
            UUID job, JobRequest request, List<DeploymentPlan.TargetPlan> plans, List<JobStep> steps) {
        steps.add(gate(job, steps.size()));
        for (DesiredState.TargetUnit unit : request.desired().units()) {
            steps.add(new JobStep(
                    job,
                    steps.size(),
                    StepKind.APPLY,
                    unit.targetId(),
                    unit.targetName(),
                    "Apply to " + unit.targetName() + " ("
                            + unit.unit().workloads().size() + " workloads)",
                    detail(plans, unit.targetId(), false)));
        }
        request.previous()
                .ifPresent(previous -> previous.units().stream()
                        .filter(u -> request.desired().unitOn(u.targetId()).isEmpty())
                        .forEach(u -> steps.add(new JobStep(
                                job,
                                steps.size(),
                                StepKind.DESTROY,
                                u.targetId(),
                                u.targetName(),
                                "Remove from " + u.targetName(),
                                detail(plans, u.targetId(), true)))));
    }

    /** Healing a workload removes it where it runs and applies it again there. */
    private static void heal(UUID job, JobRequest request, List<JobStep> steps) {
        String workload = request.workload().orElseThrow();
        DesiredState.TargetUnit unit = request.desired().units().stream()
                .filter(u ->
                        u.unit().workloads().stream().anyMatch(w -> w.name().equals(workload)))
                .findFirst()
                .orElseThrow();
        steps.add(new JobStep(
                job,
                0,
                StepKind.REMOVE_WORKLOAD,
                unit.targetId(),
                unit.targetName(),
                "Remove " + workload + " on " + unit.targetName(),
                workload));
        steps.add(new JobStep(
                job,
                1,
                StepKind.APPLY,
                unit.targetId(),
                unit.targetName(),
                "Recreate " + workload + " on " + unit.targetName(),
                workload));
    }

    private static JobStep gate(UUID job, int position) {
        return new JobStep(
                job, position, StepKind.GATE, null, "", "Check images: digests, architectures, signatures", "");
    }

    private static String detail(List<DeploymentPlan.TargetPlan> plans, UUID target, boolean removal) {
        Optional<DeploymentPlan.TargetPlan> plan = plans.stream()
                .filter(p -> p.targetId().equals(target) && p.removal() == removal)
                .findFirst();
        return plan.map(p -> String.join(
                        "\n",
                        p.actions().stream()
                                .filter(a -> a.change() != Plan.Change.UNCHANGED)
                                .map(a -> a.change() + " " + a.resource().kind() + " "
                                        + a.resource().name()
                                        + (a.differences().isEmpty() ? "" : " — " + String.join("; ", a.differences())))
                                .toList()))
                .orElse("");
    }
}
