package io.chainline.console.deployment.service;

import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.DeploymentUnit;
import io.chainline.connector.api.Plan;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.fleet.service.FleetService;
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
    private final SubnetLedger subnets;
    private final Placer placer = new Placer();

    DeploymentPlanner(ChainBlueprint blueprints, ImageGate gate, FleetService fleet, SubnetLedger subnets) {
        this.blueprints = blueprints;
        this.gate = gate;
        this.fleet = fleet;
        this.subnets = subnets;
    }

    /** Every image the blueprint's container VDUs run, as written (the gate resolves and pins them). */
    private static List<String> imageReferences(ChainBlueprint.Blueprint blueprint) {
        List<String> references = new ArrayList<>();
        blueprint
                .nfs()
                .forEach(nf -> nf.flavour().vdus().forEach(v -> {
                    if (v instanceof ContainerVdu c) {
                        c.containers().forEach(k -> k.image().ifPresent(i -> references.add(i.name())));
                    }
                }));
        return references;
    }

    /** Why the chain cannot deploy as asked: what found no place, and images the gate refused. */
    private static List<String> problems(PlacementResult placement, ImageGate.Resolution images) {
        List<String> problems = new ArrayList<>();
        placement.unplaced().forEach(d -> problems.add(d.summary()));
        images.problems().forEach(f -> problems.add(f.code() + ": " + f.message()));
        return problems;
    }

    private static Map<String, String> pinned(ImageGate.Resolution images) {
        Map<String, String> pinned = new LinkedHashMap<>();
        images.images().forEach((ref, facts) -> pinned.put(ref, facts.pinned()));
        return pinned;
    }

    private static Map<UUID, io.chainline.console.fleet.service.TargetSummary> byId(
            List<FleetService.TargetInventory> inventories) {
        Map<UUID, io.chainline.console.fleet.service.TargetSummary> byId = new LinkedHashMap<>();
        inventories.forEach(t -> byId.put(t.summary().id(), t.summary()));
        return byId;
    }

    public DeploymentPlan plan(String name, UUID chainId, DeploymentSettings settings, Optional<DesiredState> current) {
        requireName(name);
        ChainBlueprint.Blueprint blueprint = blueprints.load(
                chainId, current.filter(c -> c.chainId().equals(chainId)).isPresent());
        ImageGate.Resolution images = gate.resolve(imageReferences(blueprint));
        DeploymentSettings effective =
                current.map(c -> keepInPlace(settings, c)).orElse(settings);
        List<WorkloadMapper.VduDemand> demands = WorkloadMapper.demands(blueprint, effective, images.images());
        List<FleetService.TargetInventory> inventories = fleet.inventories();
        PlacementResult placement = placer.place(
                demands.stream().map(WorkloadMapper.VduDemand::demand).toList(),
                FleetCandidates.of(inventories),
                current.map(c -> effective.policy().keeping(keptInPlace(settings, c)))
                        .orElse(effective.policy()));
        List<String> problems = problems(placement, images);
        List<String> notes = new ArrayList<>();
        Optional<DesiredState> desired = Optional.empty();
        List<DeploymentPlan.TargetPlan> targets = new ArrayList<>();
        if (problems.isEmpty()) {
            DesiredState state = desired(name, blueprint, demands, placement, images, inventories, current);
            notes.addAll(DesiredStates.crossings(blueprint, state));
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

    private DesiredState desired(
            String name,
            ChainBlueprint.Blueprint blueprint,
            List<WorkloadMapper.VduDemand> demands,
            PlacementResult placement,
            ImageGate.Resolution images,
            List<FleetService.TargetInventory> inventories,
            Optional<DesiredState> current) {
        return DesiredStates.build(
                name, blueprint, demands, placement, pinned(images), byId(inventories), subnets.inputs(name, current));
    }

    /** The running network functions that stay where they are only because they run there, not by the user's pin. */
    private static java.util.Set<String> keptInPlace(DeploymentSettings settings, DesiredState current) {
        java.util.Set<String> kept = new java.util.LinkedHashSet<>();
        current.placements().forEach(p -> kept.add(p.nf()));
        kept.removeAll(settings.overrides().keySet());
        return kept;
    }

    /** Network functions already running stay on their target: a scale or upgrade is not a migration. */
    private static DeploymentSettings keepInPlace(DeploymentSettings settings, DesiredState current) {
        Map<String, String> pins = new LinkedHashMap<>();
        current.placements().forEach(p -> pins.putIfAbsent(p.nf(), p.targetName()));
        pins.putAll(settings.overrides());
        return settings.withOverrides(pins);
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
