package io.chainline.console.deployment.service;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentRef;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.TargetKind;
import io.chainline.connector.api.Workload;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.fleet.service.FleetService;
import io.chainline.placement.Decision;
import io.chainline.placement.PlacementResult;
import io.chainline.placement.Placer;
import io.chainline.tosca.model.ContainerVdu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Plans a deployment without changing anything: resolves images to digests, places every VDU (and says why), builds
 * each target's unit and asks each target's connector what it would do. Scaling and upgrades plan the same way, with
 * network functions kept where they run.
 */
@Service
public class DeploymentPlanner {

    private final ChainBlueprint blueprints;
    private final ImageGate gate;
    private final FleetService fleet;
    private final Placer placer = new Placer();

    DeploymentPlanner(ChainBlueprint blueprints, ImageGate gate, FleetService fleet) {
        this.blueprints = blueprints;
        this.gate = gate;
        this.fleet = fleet;
    }

    public DeploymentPlan plan(String name, UUID chainId, DeploymentSettings settings, Optional<DesiredState> current) {
        requireName(name);
        ChainBlueprint.Blueprint blueprint = blueprints.load(
                chainId, current.filter(c -> c.chainId().equals(chainId)).isPresent());
        List<String> references = new ArrayList<>();
        blueprint
                .nfs()
                .forEach(nf -> nf.flavour().vdus().forEach(v -> {
                    if (v instanceof ContainerVdu c) {
                        c.containers().forEach(k -> k.image().ifPresent(i -> references.add(i.name())));
                    }
                }));
        ImageGate.Resolution images = gate.resolve(references);
        DeploymentSettings effective =
                current.map(c -> keepInPlace(settings, c)).orElse(settings);
        List<WorkloadMapper.VduDemand> demands = WorkloadMapper.demands(blueprint, effective, images.images());
        List<FleetService.TargetInventory> inventories = fleet.inventories();
        PlacementResult placement = placer.place(
                demands.stream().map(WorkloadMapper.VduDemand::demand).toList(),
                FleetCandidates.of(inventories),
                effective.policy());
        List<String> problems = new ArrayList<>();
        placement.unplaced().forEach(d -> problems.add(d.summary()));
        images.problems().forEach(f -> problems.add(f.code() + ": " + f.message()));
        List<String> notes = new ArrayList<>();
        Optional<DesiredState> desired = Optional.empty();
        List<DeploymentPlan.TargetPlan> targets = new ArrayList<>();
        if (problems.isEmpty()) {
            DesiredState state = desire(name, blueprint, demands, placement, images, inventories, notes);
            desired = Optional.of(state);
            targets.addAll(connectorPlans(state, current));
            targets.stream()
                    .filter(t -> !t.error().isEmpty())
                    .forEach(t -> problems.add(t.targetName() + ": " + t.error()));
        }
        return new DeploymentPlan(
                name,
                blueprint.chain(),
                settings,
                placement.decisions(),
                List.copyOf(images.images().values()),
                targets,
                desired,
                problems,
                notes);
    }

    /** Network functions already running stay on their target: a scale or upgrade is not a migration. */
    private static DeploymentSettings keepInPlace(DeploymentSettings settings, DesiredState current) {
        Map<String, String> pins = new LinkedHashMap<>();
        current.placements().forEach(p -> pins.putIfAbsent(p.nf(), p.targetName()));
        pins.putAll(settings.overrides());
        return settings.withOverrides(pins);
    }

    private DesiredState desire(
            String name,
            ChainBlueprint.Blueprint blueprint,
            List<WorkloadMapper.VduDemand> demands,
            PlacementResult placement,
            ImageGate.Resolution images,
            List<FleetService.TargetInventory> inventories,
            List<String> notes) {
        Map<String, String> pinned = new LinkedHashMap<>();
        images.images().forEach((ref, facts) -> pinned.put(ref, facts.pinned()));
        Map<UUID, List<Workload>> byTarget = new LinkedHashMap<>();
        Map<String, UUID> targetOfNf = new LinkedHashMap<>();
        List<DesiredState.PlacedVdu> placed = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            WorkloadMapper.VduDemand d = demands.get(i);
            Decision.Choice choice = placement.decisions().get(i).choice().orElseThrow();
            UUID target = UUID.fromString(choice.targetId());
            Workload workload = WorkloadMapper.workload(d, choice.architectures(), pinned);
            byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(workload);
            targetOfNf.putIfAbsent(d.demand().nf(), target);
            placed.add(new DesiredState.PlacedVdu(
                    d.demand().nf(),
                    d.demand().vdu(),
                    d.demand().replicas(),
                    target,
                    choice.targetName(),
                    choice.architectures().stream()
                            .map(Architecture::ociName)
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                    choice.nodes(),
                    choice.reasons(),
                    workload.containers().stream()
                            .map(Workload.ContainerSpec::image)
                            .toList()));
        }
        List<DesiredState.TargetUnit> units = new ArrayList<>();
        DeploymentRef ref = DeploymentRef.of(name);
        for (Map.Entry<UUID, List<Workload>> entry : byTarget.entrySet()) {
            FleetService.TargetInventory target = inventories.stream()
                    .filter(t -> t.summary().id().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow();
            List<DeploymentUnit.Flow> flows = new ArrayList<>();
            for (List<String> hop : blueprint.hops()) {
                boolean local = entry.getKey().equals(targetOfNf.get(hop.get(0)))
                        && entry.getKey().equals(targetOfNf.get(hop.get(1)));
                if (local) {
                    flows.add(new DeploymentUnit.Flow(hop.get(0), hop.get(1), List.of()));
                }
            }
            List<DeploymentUnit.ExternalAccess> external = new ArrayList<>();
            if (!blueprint.hops().isEmpty()
                    && entry.getKey()
                            .equals(targetOfNf.get(blueprint.hops().getFirst().get(0)))) {
                external.add(new DeploymentUnit.ExternalAccess(
                        blueprint.hops().getFirst().get(0), List.of(), List.of()));
            }
            units.add(new DesiredState.TargetUnit(
                    entry.getKey(),
                    target.summary().name(),
                    target.summary().kind(),
                    new DeploymentUnit(ref, entry.getValue(), flows, external)));
        }
        for (List<String> hop : blueprint.hops()) {
            UUID from = targetOfNf.get(hop.get(0));
            UUID to = targetOfNf.get(hop.get(1));
            if (from != null && to != null && !from.equals(to)) {
                notes.add("The hop " + hop.get(0) + " → " + hop.get(1) + " crosses targets; traffic between them"
                        + " leaves both platforms, so connect the two sites (VPN or routed network).");
            }
        }
        return new DesiredState(blueprint.chain().id(), blueprint.chain().nsVersion(), placed, units);
    }

    private List<DeploymentPlan.TargetPlan> connectorPlans(DesiredState desired, Optional<DesiredState> current) {
        List<DeploymentPlan.TargetPlan> plans = new ArrayList<>();
        for (DesiredState.TargetUnit unit : desired.units()) {
            plans.add(ask(
                    unit.targetId(),
                    unit.targetName(),
                    unit.kind(),
                    false,
                    c -> c.plan(unit.unit()).actions()));
        }
        current.ifPresent(c -> c.units().stream()
                .filter(u -> desired.unitOn(u.targetId()).isEmpty())
                .forEach(u -> plans.add(ask(
                        u.targetId(),
                        u.targetName(),
                        u.kind(),
                        true,
                        connector -> connector
                                .plan(new DeploymentUnit(u.unit().ref(), List.of(), List.of(), List.of()))
                                .actions()))));
        return plans;
    }

    private DeploymentPlan.TargetPlan ask(
            UUID target,
            String name,
            TargetKind kind,
            boolean removal,
            java.util.function.Function<Connector, List<Plan.Action>> question) {
        try (Connector connector = fleet.connect(target)) {
            return new DeploymentPlan.TargetPlan(target, name, kind, removal, question.apply(connector), "");
        } catch (ConnectorException e) {
            return new DeploymentPlan.TargetPlan(target, name, kind, removal, List.of(), e.getMessage());
        } catch (ChainlineException e) {
            return new DeploymentPlan.TargetPlan(target, name, kind, removal, List.of(), e.getMessage());
        }
    }

    static void requireName(String name) {
        if (name == null || name.length() > 40 || !name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
            throw new ChainlineException(
                    "DEPLOYMENT-NAME-INVALID",
                    Category.INVALID,
                    "A deployment's name names its resources on every platform: lowercase letters, digits and '-',"
                            + " starting and ending with a letter or digit, at most 40 characters (e.g. vcpe-paris).");
        }
    }
}
