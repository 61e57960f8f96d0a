package io.chainline.console.deployment.service;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Workload;
import io.chainline.console.fleet.service.TargetSummary;
import io.chainline.placement.Decision;
import io.chainline.placement.PlacementResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A complete placement turned into the state a deployment should have: one unit per target with its workloads, the
 * chain's hops as flows where both ends share the target, and the chain's entry open to the outside. Pure.
 */
final class DesiredStates {

    private final ChainBlueprint.Blueprint blueprint;
    private final Map<String, UUID> targetOfNf = new LinkedHashMap<>();
    private final Map<UUID, List<Workload>> byTarget = new LinkedHashMap<>();
    private final List<DesiredState.PlacedVdu> placed = new ArrayList<>();

    private DesiredStates(ChainBlueprint.Blueprint blueprint) {
        this.blueprint = blueprint;
    }

    /** @param pinned image reference as designed to the reference deployed ({@code repo@sha256:…}) */
    static DesiredState build(
            String name,
            ChainBlueprint.Blueprint blueprint,
            List<WorkloadMapper.VduDemand> demands,
            PlacementResult placement,
            Map<String, String> pinned,
            Map<UUID, TargetSummary> targets,
            DataPlanes.Inputs addresses) {
        DesiredStates state = new DesiredStates(blueprint);
        List<DataPlanes.Placed> built = new ArrayList<>();
        List<UUID> targetOf = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            Decision.Choice choice = placement.decisions().get(i).choice().orElseThrow();
            built.add(state.place(demands.get(i), choice, pinned));
            targetOf.add(UUID.fromString(choice.targetId()));
        }
        Optional<DataPlanes> plane = DataPlanes.of(name, blueprint, built, addresses);
        for (int i = 0; i < built.size(); i++) {
            DataPlanes.Placed p = built.get(i);
            state.byTarget
                    .computeIfAbsent(targetOf.get(i), k -> new ArrayList<>())
                    .add(plane.map(d -> d.attach(p)).orElse(p.workload()));
        }
        List<DesiredState.TargetUnit> units = new ArrayList<>();
        state.byTarget.forEach((target, workloads) -> units.add(new DesiredState.TargetUnit(
                target,
                targets.get(target).name(),
                targets.get(target).kind(),
                new DeploymentUnit(
                        DeploymentRef.of(name),
                        workloads,
                        state.flowsOn(target),
                        state.entryOn(target),
                        plane.map(d -> d.networksFor(workloads)).orElse(List.of())))));
        return new DesiredState(blueprint.chain().id(), blueprint.chain().nsVersion(), state.placed, units);
    }

    private DataPlanes.Placed place(WorkloadMapper.VduDemand d, Decision.Choice choice, Map<String, String> pinned) {
        UUID target = UUID.fromString(choice.targetId());
        Workload workload = WorkloadMapper.workload(d, choice.architectures(), pinned);
        targetOfNf.putIfAbsent(d.demand().nf(), target);
        placed.add(new DesiredState.PlacedVdu(
                d.demand().nf(),
                d.demand().vdu(),
                d.demand().replicas(),
                target,
                choice.targetName(),
                choice.architectures().stream()
                        .map(Architecture::ociName)
                        .collect(Collectors.toCollection(TreeSet::new)),
                choice.nodes(),
                choice.reasons(),
                workload.containers().stream()
                        .map(Workload.ContainerSpec::image)
                        .toList()));
        return new DataPlanes.Placed(workload, d.nf(), d.vdu());
    }

    private List<DeploymentUnit.Flow> flowsOn(UUID target) {
        return blueprint.hops().stream()
                .filter(hop -> target.equals(targetOfNf.get(hop.get(0))) && target.equals(targetOfNf.get(hop.get(1))))
                .map(hop -> new DeploymentUnit.Flow(hop.get(0), hop.get(1), List.of()))
                .toList();
    }

    /** The first network function of the chain takes traffic from outside; the rest only from their neighbours. */
    private List<DeploymentUnit.ExternalAccess> entryOn(UUID target) {
        if (blueprint.hops().isEmpty()) {
            return List.of();
        }
        String entry = blueprint.hops().getFirst().get(0);
        return target.equals(targetOfNf.get(entry))
                ? List.of(new DeploymentUnit.ExternalAccess(entry, List.of(), List.of()))
                : List.of();
    }

    /** Hops whose ends run on different targets: the operator must connect those sites. */
    static List<String> crossings(ChainBlueprint.Blueprint blueprint, DesiredState desired) {
        Map<String, UUID> targetOfNf = new LinkedHashMap<>();
        desired.placements().forEach(p -> targetOfNf.putIfAbsent(p.nf(), p.targetId()));
        List<String> notes = new ArrayList<>();
        for (List<String> hop : blueprint.hops()) {
            UUID from = targetOfNf.get(hop.get(0));
            UUID to = targetOfNf.get(hop.get(1));
            if (from != null && to != null && !from.equals(to)) {
                notes.add("The hop " + hop.get(0) + " → " + hop.get(1) + " crosses targets; traffic between them"
                        + " leaves both platforms, so connect the two sites (VPN or routed network).");
            }
        }
        return notes;
    }
}
