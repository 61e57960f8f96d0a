package io.chainline.console.catalog.service;

import io.chainline.console.catalog.service.DesignPart.Kind;
import io.chainline.console.catalog.service.VnfEdits.Result;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scaling in the designer, as SOL001 says it. The simple path is a number of replicas per VDU: that is the VDU's
 * {@code number_of_instances} in the default instantiation level (created as {@code default} when the flavour has
 * none), kept within the VDU's min..max and, while the default level scales no aspect, also its initial delta; the
 * deployment planner reads it the same way. The advanced path edits the aspects and levels themselves.
 */
public final class ScalingEdits {

    static final String DEFAULT_LEVEL = "default";

    private ScalingEdits() {}

    /** The instances a VDU starts with: the default level's count, else its initial delta, else its minimum. */
    public static int replicas(Flavour f, Vdu vdu) {
        return defaultLevel(f)
                .map(l -> l.vduInstances().get(vdu.node()))
                .orElseGet(() ->
                        f.initialDeltas().getOrDefault(vdu.node(), vdu.profile().minInstances()));
    }

    private static Optional<InstantiationLevel> defaultLevel(Flavour f) {
        return f.defaultLevel()
                .flatMap(
                        id -> f.levels().stream().filter(l -> l.id().equals(id)).findFirst());
    }

    public static Result setReplicas(VnfDescriptor d, String node, int replicas) {
        FlavourDraft f = FlavourDraft.of(d);
        Optional<Vdu> vdu = f.vdu(node);
        if (vdu.isEmpty() || replicas < 0) {
            return Result.of(d);
        }
        if (f.defaultLevel.isEmpty() || f.levels.stream().noneMatch(l -> l.id().equals(f.defaultLevel.get()))) {
            if (f.levels.isEmpty()) {
                f.levels.add(new InstantiationLevel(DEFAULT_LEVEL, "Default level", Map.of(), Map.of()));
            }
            f.defaultLevel = Optional.of(f.levels.getFirst().id());
        }
        String level = f.defaultLevel.orElseThrow();
        for (int i = 0; i < f.levels.size(); i++) {
            InstantiationLevel l = f.levels.get(i);
            if (l.id().equals(level)) {
                Map<String, Integer> instances = new LinkedHashMap<>(l.vduInstances());
                instances.put(node, replicas);
                f.levels.set(i, new InstantiationLevel(l.id(), l.description(), l.scaleLevels(), instances));
                if (l.scaleLevels().values().stream().allMatch(s -> s == 0)) {
                    f.initialDeltas.put(node, replicas); // scaling by aspect starts from here
                }
            }
        }
        VduProfile p = vdu.get().profile();
        VduProfile wide = new VduProfile(Math.min(p.minInstances(), replicas), Math.max(p.maxInstances(), replicas));
        f.vdus.set(f.vduIndex(node), Vdus.withProfile(vdu.get(), wide));
        return Result.of(f.into(d));
    }

    public static Result addAspect(VnfDescriptor d, ScalingAspect aspect) {
        FlavourDraft f = FlavourDraft.of(d);
        if (f.aspects.stream().anyMatch(a -> a.id().equals(aspect.id())) || !VnfEdits.validName(aspect.id())) {
            return Result.of(d);
        }
        f.aspects.add(aspect);
        return Result.of(f.into(d));
    }

    /** Removes an aspect, its deltas and its scale level in every instantiation level. */
    public static Result removeAspect(VnfDescriptor d, String id) {
        FlavourDraft f = FlavourDraft.of(d);
        Optional<ScalingAspect> aspect =
                f.aspects.stream().filter(a -> a.id().equals(id)).findFirst();
        if (aspect.isEmpty()) {
            return Result.of(d);
        }
        f.aspects.remove(aspect.get());
        List<DesignPart> removed = new ArrayList<>(List.of(DesignPart.of(Kind.SCALING_ASPECT, id)));
        aspect.get().vduDeltas().keySet().forEach(v -> removed.add(new DesignPart(Kind.SCALING_DELTA, id, v)));
        f.levels.replaceAll(l -> {
            if (!l.scaleLevels().containsKey(id)) {
                return l;
            }
            removed.add(new DesignPart(Kind.LEVEL_SCALE, l.id(), id));
            Map<String, Integer> scale = new HashMap<>(l.scaleLevels());
            scale.remove(id);
            return new InstantiationLevel(l.id(), l.description(), scale, l.vduInstances());
        });
        return new Result(f.into(d), removed);
    }

    /**
     * Replaces aspect {@code id} by {@code aspect}: a new id renames it (in the levels too, refused when taken); VDUs it
     * no longer scales are named. Deltas for VDUs the flavour does not have are left out.
     */
    public static Result setAspect(VnfDescriptor d, String id, ScalingAspect aspect) {
        FlavourDraft f = FlavourDraft.of(d);
        int index = LinkEdits.indexOf(f.aspects.stream().map(ScalingAspect::id).toList(), id);
        boolean renamed = !aspect.id().equals(id);
        if (index < 0
                || (renamed
                        && (!VnfEdits.validName(aspect.id())
                                || f.aspects.stream().anyMatch(a -> a.id().equals(aspect.id()))))) {
            return Result.of(d);
        }
        Map<String, Map<String, Integer>> deltas = new LinkedHashMap<>(aspect.vduDeltas());
        deltas.keySet().removeIf(v -> f.vdu(v).isEmpty());
        ScalingAspect kept = new ScalingAspect(
                aspect.id(), aspect.name(), aspect.description(), aspect.maxScaleLevel(), aspect.stepDeltas(), deltas);
        List<DesignPart> removed = new ArrayList<>();
        f.aspects.get(index).vduDeltas().keySet().stream()
                .filter(v -> !deltas.containsKey(v))
                .forEach(v -> removed.add(new DesignPart(Kind.SCALING_DELTA, id, v)));
        f.aspects.set(index, kept);
        if (renamed) {
            f.levels.replaceAll(l -> new InstantiationLevel(
                    l.id(), l.description(), VnfEdits.swapKey(l.scaleLevels(), id, aspect.id()), l.vduInstances()));
        }
        return new Result(f.into(d), removed);
    }

    /**
     * Replaces the instantiation levels and names the default one (which must be among them, or none is default).
     * Counts for VDUs and aspects the flavour does not have are left out; what the old levels had and the new do not
     * is named.
     */
    public static Result setLevels(VnfDescriptor d, List<InstantiationLevel> levels, Optional<String> defaultLevel) {
        FlavourDraft f = FlavourDraft.of(d);
        List<InstantiationLevel> clean = new ArrayList<>();
        for (InstantiationLevel l : levels) {
            if (!VnfEdits.validName(l.id()) || clean.stream().anyMatch(c -> c.id().equals(l.id()))) {
                return Result.of(d);
            }
            Map<String, Integer> instances = new LinkedHashMap<>(l.vduInstances());
            instances.keySet().removeIf(v -> f.vdu(v).isEmpty());
            Map<String, Integer> scale = new LinkedHashMap<>(l.scaleLevels());
            scale.keySet().removeIf(a -> f.aspects.stream().noneMatch(x -> x.id().equals(a)));
            clean.add(new InstantiationLevel(l.id(), l.description(), scale, instances));
        }
        List<DesignPart> before = new ArrayList<>(levelParts(f.levels));
        before.removeAll(levelParts(clean));
        f.levels.clear();
        f.levels.addAll(clean);
        f.defaultLevel = defaultLevel.filter(id -> clean.stream().anyMatch(l -> l.id().equals(id)));
        return new Result(f.into(d), before);
    }

    private static List<DesignPart> levelParts(List<InstantiationLevel> levels) {
        List<DesignPart> parts = new ArrayList<>();
        for (InstantiationLevel l : levels) {
            parts.add(DesignPart.of(Kind.INSTANTIATION_LEVEL, l.id()));
            l.vduInstances().keySet().forEach(v -> parts.add(new DesignPart(Kind.LEVEL_INSTANCES, l.id(), v)));
            l.scaleLevels().keySet().forEach(a -> parts.add(new DesignPart(Kind.LEVEL_SCALE, l.id(), a)));
        }
        return parts;
    }

    /** A removed VDU leaves no deltas, initial delta or level counts behind. */
    static void forgetVdu(FlavourDraft f, String node, List<DesignPart> removed) {
        f.aspects.replaceAll(a -> {
            if (!a.vduDeltas().containsKey(node)) {
                return a;
            }
            removed.add(new DesignPart(Kind.SCALING_DELTA, a.id(), node));
            Map<String, Map<String, Integer>> deltas = new HashMap<>(a.vduDeltas());
            deltas.remove(node);
            return new ScalingAspect(a.id(), a.name(), a.description(), a.maxScaleLevel(), a.stepDeltas(), deltas);
        });
        if (f.initialDeltas.remove(node) != null) {
            removed.add(DesignPart.of(Kind.INITIAL_DELTA, node));
        }
        f.levels.replaceAll(l -> {
            if (!l.vduInstances().containsKey(node)) {
                return l;
            }
            removed.add(new DesignPart(Kind.LEVEL_INSTANCES, l.id(), node));
            Map<String, Integer> instances = new HashMap<>(l.vduInstances());
            instances.remove(node);
            return new InstantiationLevel(l.id(), l.description(), l.scaleLevels(), instances);
        });
    }

    static void renameVduReferences(FlavourDraft f, String from, String to) {
        f.aspects.replaceAll(a -> new ScalingAspect(
                a.id(),
                a.name(),
                a.description(),
                a.maxScaleLevel(),
                a.stepDeltas(),
                VnfEdits.swapKey(a.vduDeltas(), from, to)));
        Map<String, Integer> initial = VnfEdits.swapKey(f.initialDeltas, from, to);
        f.initialDeltas.clear();
        f.initialDeltas.putAll(initial);
        f.levels.replaceAll(l -> new InstantiationLevel(
                l.id(), l.description(), l.scaleLevels(), VnfEdits.swapKey(l.vduInstances(), from, to)));
    }
}
