package io.chainline.console.catalog.service;

import io.chainline.console.catalog.service.DesignPart.Kind;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The VNF designer's edits on VDUs, containers and identity, as pure functions of the descriptor: the designer keeps
 * one model, every form applies one of these to it, and what is shown and saved is that model. An edit that takes
 * dependent parts with it returns them in {@link Result#removed()}, so the designer can name them before asking.
 * Connectivity and scaling edits are in {@link LinkEdits} and {@link ScalingEdits}.
 */
public final class VnfEdits {

    /** Node names the designer accepts: what SOL001 node templates and Kubernetes names both allow. */
    static final Pattern NODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");

    /** The edited descriptor and every part the edit removed (with their sub-parts and references). */
    public record Result(VnfDescriptor descriptor, List<DesignPart> removed) {
        public Result {
            removed = List.copyOf(removed);
        }

        static Result of(VnfDescriptor descriptor) {
            return new Result(descriptor, List.of());
        }

        /**
         * What a confirmation lists: the removed parts besides {@code subject}, without the references of those parts
         * (a removed connection point's link goes without saying); a removed VDU's containers are listed, as people
         * know a VDU by what it runs.
         */
        public List<String> alsoRemoved(DesignPart subject) {
            return removed.stream()
                    .filter(p -> !p.equals(subject) && !partOfRemoved(p))
                    .map(DesignPart::label)
                    .toList();
        }

        private boolean partOfRemoved(DesignPart part) {
            Kind owner = switch (part.kind()) {
                case CP_LINK, CP_BINDING -> Kind.CONNECTION_POINT;
                case SCALING_DELTA -> Kind.SCALING_ASPECT;
                case LEVEL_INSTANCES, LEVEL_SCALE -> Kind.INSTANTIATION_LEVEL;
                case RULE_TARGET -> Kind.PLACEMENT_RULE;
                default -> null;
            };
            return owner != null && removed.contains(DesignPart.of(owner, part.owner()));
        }
    }

    private VnfEdits() {}

    /** The flavour the designer edits: the first (a new design's default flavour when there is none). */
    public static Flavour flavour(VnfDescriptor d) {
        return FlavourDraft.first(d);
    }

    public static boolean validName(String name) {
        return NODE.matcher(name).matches();
    }

    /** {@code prefix1}, {@code prefix2}…: the first not yet a node name in the flavour. */
    public static String freeName(VnfDescriptor d, String prefix) {
        Set<String> taken = nodeNames(FlavourDraft.first(d));
        for (int i = 1; ; i++) {
            if (!taken.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    /**
     * As {@link #freeName}, for a new VDU whose container is named {@code <vdu>_main}: neither may be taken (a VDU
     * renamed earlier keeps its container's name).
     */
    public static String freeVduName(VnfDescriptor d, String prefix) {
        Set<String> taken = nodeNames(FlavourDraft.first(d));
        for (int i = 1; ; i++) {
            if (!taken.contains(prefix + i) && !taken.contains(prefix + i + "_main")) {
                return prefix + i;
            }
        }
    }

    static Set<String> nodeNames(Flavour f) {
        Set<String> names = new java.util.HashSet<>();
        f.vdus().forEach(v -> {
            names.add(v.node());
            if (v instanceof ContainerVdu unit) {
                unit.containers().forEach(c -> names.add(c.node()));
            }
        });
        f.cps().forEach(c -> names.add(c.node()));
        f.virtualLinks().forEach(l -> names.add(l.node()));
        f.extCps().forEach(e -> names.add(e.node()));
        f.storages().forEach(s -> names.add(s.node()));
        return names;
    }

    public static Result setIdentity(VnfDescriptor d, VnfIdentity identity) {
        return Result.of(new VnfDescriptor(identity, d.flavours()));
    }

    public static Result addVdu(VnfDescriptor d, Vdu vdu) {
        FlavourDraft f = FlavourDraft.of(d);
        Set<String> taken = nodeNames(f.build());
        // a container's node name is a node template too: two of a name export as one (found by the property test)
        if (taken.contains(vdu.node())
                || (vdu instanceof ContainerVdu unit
                        && unit.containers().stream().anyMatch(c -> taken.contains(c.node())))) {
            return Result.of(d);
        }
        f.vdus.add(vdu);
        return Result.of(f.into(d));
    }

    /** Removes the VDU, its connection points, its deltas, its instances in every level, its placement targets. */
    public static Result removeVdu(VnfDescriptor d, String node) {
        FlavourDraft f = FlavourDraft.of(d);
        Optional<Vdu> vdu = f.vdu(node);
        if (vdu.isEmpty()) {
            return Result.of(d);
        }
        List<DesignPart> removed = new ArrayList<>();
        removed.add(DesignPart.of(Kind.VDU, node));
        if (vdu.get() instanceof ContainerVdu unit) {
            unit.containers().forEach(c -> removed.add(new DesignPart(Kind.CONTAINER, node, c.node())));
        }
        f.vdus.remove(vdu.get());
        f.cps.stream()
                .filter(cp -> cp.vdu().equals(Optional.of(node)))
                .toList()
                .forEach(cp -> removed.addAll(LinkEdits.removeCpFrom(f, cp.node())));
        ScalingEdits.forgetVdu(f, node, removed);
        for (int i = f.rules.size() - 1; i >= 0; i--) {
            PlacementRule rule = f.rules.get(i);
            if (!rule.targets().contains(node)) {
                continue;
            }
            removed.add(new DesignPart(Kind.RULE_TARGET, rule.name(), node));
            List<String> left =
                    rule.targets().stream().filter(t -> !t.equals(node)).toList();
            if (left.isEmpty()) {
                removed.add(DesignPart.of(Kind.PLACEMENT_RULE, rule.name()));
                f.rules.remove(i);
            } else {
                f.rules.set(i, new PlacementRule(rule.name(), rule.kind(), rule.scope(), left));
            }
        }
        f.placementGroups.replaceAll((group, members) ->
                members.stream().filter(m -> !m.equals(node)).toList());
        return new Result(f.into(d), removed);
    }

    /** Renames a VDU and every reference to it; a name taken or not a valid node name changes nothing. */
    public static Result renameVdu(VnfDescriptor d, String from, String to) {
        FlavourDraft f = FlavourDraft.of(d);
        Optional<Vdu> vdu = f.vdu(from);
        if (vdu.isEmpty()
                || from.equals(to)
                || !validName(to)
                || nodeNames(f.build()).contains(to)) {
            return Result.of(d);
        }
        f.vdus.set(f.vduIndex(from), renamed(vdu.get(), to));
        LinkEdits.renameVduReferences(f, from, to);
        ScalingEdits.renameVduReferences(f, from, to);
        f.rules.replaceAll(r -> new PlacementRule(r.name(), r.kind(), r.scope(), swap(r.targets(), from, to)));
        f.placementGroups.replaceAll((group, members) -> swap(members, from, to));
        return Result.of(f.into(d));
    }

    static List<String> swap(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    static <V> Map<String, V> swapKey(Map<String, V> map, String from, String to) {
        Map<String, V> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k.equals(from) ? to : k, v));
        return result;
    }

    private static Vdu renamed(Vdu vdu, String to) {
        String name = vdu.name().equals(vdu.node()) ? to : vdu.name();
        return switch (vdu) {
            case ContainerVdu c ->
                new ContainerVdu(
                        to,
                        name,
                        c.description(),
                        c.profile(),
                        c.mcioName().isEmpty() || c.mcioName().equals(c.node()) ? to : c.mcioName(),
                        c.mcioType(),
                        c.containers(),
                        c.storages(),
                        c.extensions());
            case ComputeVdu m ->
                new ComputeVdu(
                        to,
                        name,
                        m.description(),
                        m.profile(),
                        m.virtualCpus(),
                        m.memoryBytes(),
                        m.cpuArchitecture(),
                        m.image(),
                        m.storages(),
                        m.extensions(),
                        m.bootData());
        };
    }

    /**
     * Changes a VDU's own properties (size, image, profile, extensions); its node name and containers stay as they are,
     * which {@link #renameVdu} and the container edits change.
     */
    public static Result updateVdu(VnfDescriptor d, String node, UnaryOperator<Vdu> change) {
        FlavourDraft f = FlavourDraft.of(d);
        Optional<Vdu> vdu = f.vdu(node);
        if (vdu.isEmpty()) {
            return Result.of(d);
        }
        Vdu changed = change.apply(vdu.get());
        if (changed instanceof ContainerVdu c && vdu.get() instanceof ContainerVdu before) {
            changed = withContainers(c, before.containers());
        }
        if (!changed.node().equals(node) || changed.getClass() != vdu.get().getClass()) {
            return Result.of(d);
        }
        f.vdus.set(f.vduIndex(node), changed);
        return Result.of(f.into(d));
    }

    public static Result setProfile(VnfDescriptor d, String node, VduProfile profile) {
        return updateVdu(d, node, v -> Vdus.withProfile(v, profile));
    }

    /**
     * Shared kernel (runc) or a Kata sandbox. Back to runc drops the runtime class, which only a sandbox uses; a
     * sandbox without one gets kata-qemu, the class Kata installs.
     */
    public static Result setIsolation(VnfDescriptor d, String node, VduExtensions.Isolation isolation) {
        return updateVdu(d, node, v -> {
            VduExtensions e = v.extensions();
            Optional<String> runtime = isolation == VduExtensions.Isolation.SHARED_KERNEL
                    ? Optional.empty()
                    : e.runtimeClass().or(() -> Optional.of("kata-qemu"));
            return Vdus.withExtensions(v, new VduExtensions(isolation, runtime, e.architectures(), e.nodeLabels()));
        });
    }

    public static Result addContainer(VnfDescriptor d, String vdu, Container container) {
        FlavourDraft f = FlavourDraft.of(d);
        if (!(f.vdu(vdu).orElse(null) instanceof ContainerVdu unit)
                || nodeNames(f.build()).contains(container.node())) {
            return Result.of(d);
        }
        List<Container> containers = new ArrayList<>(unit.containers());
        containers.add(container);
        f.vdus.set(f.vduIndex(vdu), withContainers(unit, containers));
        return Result.of(f.into(d));
    }

    public static Result removeContainer(VnfDescriptor d, String vdu, String container) {
        FlavourDraft f = FlavourDraft.of(d);
        if (!(f.vdu(vdu).orElse(null) instanceof ContainerVdu unit)
                || unit.containers().stream().noneMatch(c -> c.node().equals(container))) {
            return Result.of(d);
        }
        List<Container> containers = unit.containers().stream()
                .filter(c -> !c.node().equals(container))
                .toList();
        f.vdus.set(f.vduIndex(vdu), withContainers(unit, containers));
        return new Result(f.into(d), List.of(new DesignPart(Kind.CONTAINER, vdu, container)));
    }

    /** Changes one container; a change of its node name is a rename, refused when the name is taken or invalid. */
    public static Result updateContainer(
            VnfDescriptor d, String vdu, String container, UnaryOperator<Container> change) {
        FlavourDraft f = FlavourDraft.of(d);
        if (!(f.vdu(vdu).orElse(null) instanceof ContainerVdu unit)) {
            return Result.of(d);
        }
        List<Container> containers = new ArrayList<>(unit.containers());
        for (int i = 0; i < containers.size(); i++) {
            if (containers.get(i).node().equals(container)) {
                Container changed = change.apply(containers.get(i));
                boolean renamed = !changed.node().equals(container);
                if (renamed
                        && (!validName(changed.node()) || nodeNames(f.build()).contains(changed.node()))) {
                    return Result.of(d);
                }
                containers.set(i, changed);
                f.vdus.set(f.vduIndex(vdu), withContainers(unit, containers));
                return Result.of(f.into(d));
            }
        }
        return Result.of(d);
    }

    /**
     * Sets a container's image reference and, once resolved, its digest. A blank reference means no image (an error
     * the design check names), never an image called "". The same reference without a new digest keeps the image as
     * it is (its digest included); a new reference is not pinned until it is resolved again.
     */
    public static Result setImage(
            VnfDescriptor d, String vdu, String container, String reference, Optional<String> sha256Hex) {
        String ref = reference.trim();
        return updateContainer(d, vdu, container, c -> {
            Optional<SwImage> current = c.image().filter(i -> i.name().equals(ref));
            boolean keep = current.isPresent()
                    && (sha256Hex.isEmpty()
                            || current.get()
                                    .checksum()
                                    .map(SwImage.Checksum::hash)
                                    .equals(sha256Hex));
            Optional<SwImage> image = ref.isEmpty()
                    ? Optional.empty()
                    : keep ? current : Optional.of(DemoDescriptors.containerImage(ref, sha256Hex));
            return Vdus.withImage(c, image);
        });
    }

    static ContainerVdu withContainers(ContainerVdu c, List<Container> containers) {
        return new ContainerVdu(
                c.node(),
                c.name(),
                c.description(),
                c.profile(),
                c.mcioName(),
                c.mcioType(),
                containers,
                c.storages(),
                c.extensions());
    }

    /** Drops container images with a blank reference, which older drafts stored for an empty image field. */
    public static VnfDescriptor normalised(VnfDescriptor d) {
        FlavourDraft f = FlavourDraft.of(d);
        f.vdus.replaceAll(v -> v instanceof ContainerVdu unit
                ? withContainers(
                        unit,
                        unit.containers().stream()
                                .map(c -> c.image()
                                                .filter(i -> i.name().isBlank())
                                                .isPresent()
                                        ? Vdus.withImage(c, Optional.empty())
                                        : c)
                                .toList())
                : v);
        VnfDescriptor result = f.into(d);
        return result.equals(d) || d.flavours().isEmpty() ? d : result;
    }
}
