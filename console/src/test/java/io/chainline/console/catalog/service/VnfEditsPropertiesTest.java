package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.DesignPart.Kind;
import io.chainline.console.catalog.service.VnfEdits.Result;
import io.chainline.tosca.ExportResult;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of the designer's edits, from each demo descriptor and from a blank one: every model they reach
 * survives the catalog's JSON (save, reload) and the TOSCA engine (export SOL001, import) unchanged, and no edit
 * drops a part or reference it did not name.
 */
class VnfEditsPropertiesTest {

    private static final ModelJson JSON = new ModelJson();
    private static final ToscaEngine ENGINE = new ToscaEngines("", Clock.systemUTC()).engine();
    private static final List<String> NAMES = List.of("a", "b", "web", "db", "fw", "lan", "wan", "x-1", "c_2");
    private static final List<String> IMAGES =
            List.of("", "registry.example.net/nfv/a:1", "registry.example.net/nfv/b:2", "nginx:1.29");

    /** One edit, its targets chosen by position in what the model has when it runs. */
    record Step(int kind, int a, int b, int n) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        return steps(25);
    }

    /**
     * The edits the SOL001 round trip covers: not the invalid subnets and addresses (24, 25), which only storage keeps
     * as typed; and, until the TOSCA engine reads and writes L3 data (issue 22's model work), not the valid subnet,
     * addressing and capability edits (21..23) either: with that engine, raise 20 to 23.
     */
    @Provide
    Arbitrary<List<Step>> exportedSteps() {
        return steps(23);
    }

    private static Arbitrary<List<Step>> steps(int kinds) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, kinds),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 6))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    @Provide
    Arbitrary<VnfDescriptor> seeds() {
        return Arbitraries.of(
                DemoDescriptors.blank("Example", "vTest", "d-1"),
                DemoDescriptors.firewall(),
                DemoDescriptors.router(),
                DemoDescriptors.classifier());
    }

    @Property(tries = 300)
    void editsNameEverythingTheyRemoveAndSurviveSaveAndReload(
            @ForAll("seeds") VnfDescriptor seed, @ForAll("steps") List<Step> steps) {
        VnfDescriptor model = seed;
        for (Step step : steps) {
            Set<DesignPart> before = DesignPart.of(model);
            Edit edit = edit(model, step);
            Result result = edit.result();
            Set<DesignPart> expected = renamed(before, edit);
            expected.removeAll(result.removed());
            assertThat(DesignPart.of(result.descriptor())).as("after %s", step).containsAll(expected);
            assertThat(before).as("%s names only what was there", step).containsAll(result.removed());
            model = result.descriptor();
            assertThat(JSON.readVnf(JSON.write(model))).as("saved and reloaded").isEqualTo(model);
        }
    }

    @Property(tries = 200)
    void everyReachedModelExportsAndImportsUnchanged(
            @ForAll("seeds") VnfDescriptor seed, @ForAll("exportedSteps") List<Step> steps) {
        VnfDescriptor model = seed;
        for (Step step : steps) {
            model = edit(model, step).result().descriptor();
        }
        ExportResult export = ENGINE.export(model, Sol001Edition.DEFAULT);
        Statistics.label("exported").collect(export.written().isPresent());
        if (export.written().isEmpty()) {
            return;
        }
        var written = export.written().get();
        io.chainline.tosca.ImportResult imported = written.files().size() == 1
                ? ENGINE.importYaml(
                        written.entry(), written.files().get(written.entry()).getBytes(StandardCharsets.UTF_8))
                : ENGINE.importCsar(
                        "x.csar",
                        ENGINE.exportCsar(model, Sol001Edition.DEFAULT, Map.of(), Map.of())
                                .csar()
                                .orElseThrow());
        if (AddressingSamples.addressedBadly(imported)) {
            return; // a later edit moved a point off its fixed address's subnet: an error the engine refuses, rightly
        }
        assertThat(imported.descriptor()).as(written.files().toString()).contains(model);
    }

    /** An edit as run, and (for renames) which names it changed. */
    record Edit(Result result, Kind renamedKind, String from, String to) {
        static Edit of(Result result) {
            return new Edit(result, null, null, null);
        }

        /** A refused rename returns the descriptor it was given: nothing was renamed. */
        static Edit rename(VnfDescriptor d, Result result, Kind kind, String from, String to) {
            return result.descriptor() == d ? of(result) : new Edit(result, kind, from, to);
        }
    }

    private static Edit edit(VnfDescriptor d, Step s) {
        Flavour f = FlavourDraft.first(d);
        String name = NAMES.get(s.a() % NAMES.size()) + (s.n() % 3 == 0 ? "" : String.valueOf(s.n()));
        Optional<Vdu> vdu = pick(f.vdus(), s.a());
        Optional<String> vduName = vdu.map(Vdu::node);
        Optional<String> link = pick(f.virtualLinks(), s.b()).map(VirtualLink::node);
        Optional<String> cp = pick(f.cps(), s.a()).map(VduCp::node);
        Optional<ScalingAspect> aspect = pick(f.scalingAspects(), s.b());
        Optional<ContainerVdu> unit = pick(
                f.vdus().stream()
                        .filter(ContainerVdu.class::isInstance)
                        .map(ContainerVdu.class::cast)
                        .toList(),
                s.b());
        return switch (s.kind()) {
            case 0 -> Edit.of(VnfEdits.addVdu(d, containerVdu(name)));
            case 1 -> Edit.of(VnfEdits.addVdu(d, computeVdu(name)));
            case 2 -> Edit.of(vduName.map(v -> VnfEdits.removeVdu(d, v)).orElse(Result.of(d)));
            case 3 ->
                vduName.map(v -> Edit.rename(d, VnfEdits.renameVdu(d, v, name), Kind.VDU, v, name))
                        .orElse(Edit.of(Result.of(d)));
            case 4 ->
                Edit.of(unit.map(u -> VnfEdits.addContainer(
                                d, u.node(), DemoDescriptors.container(name, SwImage.container("x:1"), 100, 1L << 20)))
                        .orElse(Result.of(d)));
            case 5 ->
                Edit.of(unit.flatMap(u ->
                                pick(u.containers(), s.a()).map(c -> VnfEdits.removeContainer(d, u.node(), c.node())))
                        .orElse(Result.of(d)));
            case 6 ->
                Edit.of(unit.flatMap(u -> pick(u.containers(), s.a())
                                .map(c -> VnfEdits.setImage(
                                        d,
                                        u.node(),
                                        c.node(),
                                        IMAGES.get(s.n() % IMAGES.size()),
                                        s.n() % 2 == 0 ? Optional.of("ab".repeat(32)) : Optional.empty())))
                        .orElse(Result.of(d)));
            case 7 ->
                Edit.of(vduName.map(v -> VnfEdits.setIsolation(d, v, VduExtensions.Isolation.values()[s.n() % 2]))
                        .orElse(Result.of(d)));
            case 8 ->
                Edit.of(vduName.map(v -> ScalingEdits.setReplicas(d, v, s.n())).orElse(Result.of(d)));
            case 9 ->
                Edit.of(LinkEdits.addVl(
                        d,
                        new VirtualLink(
                                name, Optional.of("a link"), List.of("ipv4"), Optional.empty(), 1_000_000_000L, 0)));
            case 10 -> Edit.of(link.map(l -> LinkEdits.removeVl(d, l)).orElse(Result.of(d)));
            case 11 ->
                link.map(l -> Edit.rename(d, LinkEdits.renameVl(d, l, name), Kind.VIRTUAL_LINK, l, name))
                        .orElse(Edit.of(Result.of(d)));
            case 12 ->
                Edit.of(LinkEdits.addCp(d, new VduCp(name, List.of("ipv4"), vduName, link, OptionalInt.empty())));
            case 13 -> Edit.of(cp.map(c -> LinkEdits.removeCp(d, c)).orElse(Result.of(d)));
            case 14 ->
                Edit.of(cp.map(c -> LinkEdits.connectCp(d, c, s.n() % 3 == 0 ? Optional.empty() : link))
                        .orElse(Result.of(d)));
            case 15 ->
                cp.map(c -> Edit.rename(d, LinkEdits.renameCp(d, c, name), Kind.CONNECTION_POINT, c, name))
                        .orElse(Edit.of(Result.of(d)));
            case 16 ->
                Edit.of(ScalingEdits.addAspect(
                        d,
                        new ScalingAspect(
                                name,
                                name,
                                "",
                                1 + s.n(),
                                List.of("delta_1"),
                                vduName.map(v -> Map.of(v, Map.of("delta_1", 1 + s.n())))
                                        .orElse(Map.of()))));
            case 17 ->
                Edit.of(aspect.map(x -> ScalingEdits.setAspect(d, x.id(), retuned(x, vduName, s.n())))
                        .orElse(Result.of(d)));
            case 18 ->
                Edit.of(aspect.map(x -> ScalingEdits.removeAspect(d, x.id())).orElse(Result.of(d)));
            case 19 -> Edit.of(ScalingEdits.setLevels(d, levels(f, s, name, vduName, aspect), f.defaultLevel()));
            case 21 ->
                Edit.of(link.map(l -> LinkEdits.setSubnet(d, l, AddressingSamples.subnet(linkIndex(f, l), s.n())))
                        .orElse(Result.of(d)));
            case 22 ->
                Edit.of(cp.map(c -> LinkEdits.setAddressing(d, c, sample(AddressingSamples.ADDRESSING, s.b())))
                        .orElse(Result.of(d)));
            case 23 ->
                Edit.of(unit.flatMap(u -> pick(u.containers(), s.a())
                                .map(c -> VnfEdits.updateContainer(
                                        d,
                                        u.node(),
                                        c.node(),
                                        k -> Vdus.withExtensions(
                                                k,
                                                k.extensions()
                                                        .withCapabilities(
                                                                sample(AddressingSamples.CAPABILITIES, s.n()))))))
                        .orElse(Result.of(d)));
            case 24 ->
                Edit.of(link.map(l -> LinkEdits.setSubnet(d, l, sample(AddressingSamples.INVALID_SUBNETS, s.n())))
                        .orElse(Result.of(d)));
            case 25 ->
                Edit.of(cp.map(c -> LinkEdits.setAddressing(d, c, sample(AddressingSamples.INVALID_ADDRESSING, s.b())))
                        .orElse(Result.of(d)));
            default ->
                Edit.of(vduName.map(v -> VnfEdits.setProfile(d, v, new VduProfile(s.n() % 3, 1 + s.n())))
                        .orElse(Result.of(d)));
        };
    }

    /** The aspect with another max level and, for the picked VDU, a new step (or none: dropping its deltas). */
    private static ScalingAspect retuned(ScalingAspect x, Optional<String> vdu, int n) {
        Map<String, Map<String, Integer>> deltas = new LinkedHashMap<>(x.vduDeltas());
        String step = x.stepDeltas().isEmpty() ? "delta_1" : x.stepDeltas().getFirst();
        vdu.ifPresent(v -> {
            if (n % 2 == 0) {
                deltas.remove(v);
            } else {
                deltas.put(v, Map.of(step, n));
            }
        });
        return new ScalingAspect(
                x.id(),
                x.name(),
                x.description(),
                n + 1,
                x.stepDeltas().isEmpty() ? List.of(step) : x.stepDeltas(),
                deltas);
    }

    /** The levels with one added (counting the picked VDU and aspect) or, every third time, the first dropped. */
    private static List<InstantiationLevel> levels(
            Flavour f, Step s, String name, Optional<String> vdu, Optional<ScalingAspect> aspect) {
        List<InstantiationLevel> levels = new ArrayList<>(f.levels());
        if (s.n() % 3 == 0 && !levels.isEmpty()) {
            levels.removeFirst();
            return levels;
        }
        Map<String, Integer> instances = new LinkedHashMap<>();
        vdu.ifPresent(v -> instances.put(v, s.n()));
        Map<String, Integer> scale = new LinkedHashMap<>();
        aspect.ifPresent(a -> scale.put(a.id(), Math.min(s.n(), a.maxScaleLevel())));
        levels.add(new InstantiationLevel(name, "level " + name, scale, instances));
        return levels;
    }

    private static Set<DesignPart> renamed(Set<DesignPart> parts, Edit edit) {
        Set<DesignPart> result = new HashSet<>();
        if (edit.renamedKind() == null
                || edit.result().descriptor().equals(edit.result().descriptor()) && false) {
            result.addAll(parts);
            return result;
        }
        for (DesignPart p : parts) {
            result.add(rename(p, edit));
        }
        return result;
    }

    private static DesignPart rename(DesignPart p, Edit e) {
        String owner = p.owner();
        String name = p.name();
        switch (e.renamedKind()) {
            case VDU -> {
                if (Set.of(
                                Kind.VDU,
                                Kind.CP_BINDING,
                                Kind.SCALING_DELTA,
                                Kind.INITIAL_DELTA,
                                Kind.LEVEL_INSTANCES,
                                Kind.RULE_TARGET)
                        .contains(p.kind())) {
                    name = swap(name, e);
                }
                if (p.kind() == Kind.CONTAINER) {
                    owner = swap(owner, e);
                }
            }
            case VIRTUAL_LINK -> {
                if (p.kind() == Kind.VIRTUAL_LINK || p.kind() == Kind.CP_LINK) {
                    name = swap(name, e);
                }
            }
            default -> {
                if (p.kind() == Kind.CONNECTION_POINT) {
                    name = swap(name, e);
                }
                if (p.kind() == Kind.CP_LINK || p.kind() == Kind.CP_BINDING) {
                    owner = swap(owner, e);
                }
            }
        }
        return new DesignPart(p.kind(), owner, name);
    }

    private static String swap(String value, Edit e) {
        return value.equals(e.from()) ? e.to() : value;
    }

    private static int linkIndex(Flavour f, String link) {
        return f.virtualLinks().stream().map(VirtualLink::node).toList().indexOf(link);
    }

    private static <T> T sample(List<T> items, int index) {
        return items.get(index % items.size());
    }

    private static <T> Optional<T> pick(List<T> items, int index) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(index % items.size()));
    }

    static ContainerVdu containerVdu(String node) {
        return new ContainerVdu(
                node,
                node,
                "",
                VduProfile.ONE,
                node,
                "Deployment",
                List.of(DemoDescriptors.container(node + "_main", SwImage.container("x:1"), 250, 128L << 20)),
                List.of(),
                VduExtensions.NONE);
    }

    static ComputeVdu computeVdu(String node) {
        return new ComputeVdu(
                node,
                node,
                "",
                VduProfile.ONE,
                2,
                2048L << 20,
                Optional.empty(),
                Optional.of(Vdus.vmImage("debian-13")),
                List.of(),
                VduExtensions.NONE);
    }
}
