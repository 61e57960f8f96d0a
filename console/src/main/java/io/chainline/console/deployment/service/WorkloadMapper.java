package io.chainline.console.deployment.service;

import io.chainline.connector.api.Architecture;
import io.chainline.connector.api.Workload;
import io.chainline.placement.Demand;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SOL001 VDUs as what placement weighs ({@link Demand}) and what connectors run ({@link Workload}). */
final class WorkloadMapper {

    static final long DEFAULT_MILLI_CPU = 100;
    static final long DEFAULT_MEMORY = 64L << 20;

    /** One VDU of one NF, with its demand. */
    record VduDemand(ChainBlueprint.Nf nf, Vdu vdu, Demand demand) {}

    private WorkloadMapper() {}

    static List<VduDemand> demands(
            ChainBlueprint.Blueprint blueprint, DeploymentSettings settings, Map<String, ImageGate.Facts> images) {
        List<VduDemand> demands = new ArrayList<>();
        for (ChainBlueprint.Nf nf : blueprint.nfs()) {
            Optional<String> level = Optional.ofNullable(settings.levels().get(nf.name()))
                    .or(() -> nf.profile().instantiationLevel());
            Map<String, Integer> aspects = settings.aspects().getOrDefault(nf.name(), Map.of());
            for (Vdu vdu : nf.flavour().vdus()) {
                int replicas = Scaling.replicas(
                        nf.name(),
                        nf.flavour(),
                        vdu,
                        level,
                        aspects,
                        settings.replicasOf(nf.name(), Names.dns(vdu.name())));
                demands.add(new VduDemand(nf, vdu, demand(nf, vdu, replicas, images, blueprint.neighbours(nf.name()))));
            }
        }
        return demands;
    }

    /**
     * What a container VDU's containers together ask for: the architectures all their images offer (empty when no
     * image says), and the sum of their CPU and memory requests.
     */
    private record PodNeeds(Set<Architecture> offered, long milliCpu, long memory) {

        static PodNeeds of(ContainerVdu c, Map<String, ImageGate.Facts> images) {
            Set<Architecture> offered = null;
            long cpu = 0;
            long memory = 0;
            for (Container container : c.containers()) {
                Set<Architecture> these = container
                        .image()
                        .map(i -> images.get(i.name()))
                        .map(ImageGate.Facts::architectures)
                        .orElse(Set.of());
                if (!these.isEmpty()) {
                    offered = offered == null ? EnumSet.copyOf(these) : intersect(offered, these);
                }
                cpu += container.cpuRequestMilli().orElse(DEFAULT_MILLI_CPU);
                memory += container.memoryRequestBytes().orElse(DEFAULT_MEMORY);
            }
            return new PodNeeds(offered == null ? Set.of() : offered, cpu, memory);
        }
    }

    /** A VM image runs on the architecture the descriptor declares for it (none declared: any). */
    private static Set<Architecture> declaredArchitecture(ComputeVdu vm) {
        return vm.cpuArchitecture().flatMap(Architecture::parse).map(Set::of).orElse(Set.of());
    }

    /** A sandboxed VDU needs a runtime class; Kata's when the descriptor names none. */
    private static Optional<String> sandboxRuntime(VduExtensions ext) {
        return ext.isolation() == VduExtensions.Isolation.SANDBOXED
                ? Optional.of(ext.runtimeClass().orElse("kata"))
                : Optional.empty();
    }

    private static Demand demand(
            ChainBlueprint.Nf nf, Vdu vdu, int replicas, Map<String, ImageGate.Facts> images, List<String> near) {
        VduExtensions ext = vdu.extensions();
        Set<Architecture> allowed = architectures(ext.architectures());
        Optional<String> sandbox = sandboxRuntime(ext);
        boolean spread = spread(nf.flavour(), vdu);
        return switch (vdu) {
            case ContainerVdu c -> {
                PodNeeds needs = PodNeeds.of(c, images);
                yield new Demand(
                        nf.name(),
                        Names.dns(vdu.name()),
                        replicas,
                        false,
                        needs.offered(),
                        allowed,
                        sandbox,
                        needs.milliCpu(),
                        needs.memory(),
                        spread,
                        ext.nodeLabels(),
                        near);
            }
            case ComputeVdu vm ->
                new Demand(
                        nf.name(),
                        Names.dns(vdu.name()),
                        replicas,
                        true,
                        declaredArchitecture(vm),
                        allowed,
                        Optional.empty(),
                        vm.virtualCpus() * 1000L,
                        vm.memoryBytes(),
                        spread,
                        ext.nodeLabels(),
                        near);
        };
    }

    private static Workload.VmSpec vm(ComputeVdu compute) {
        return new Workload.VmSpec(
                compute.image().map(SwImage::name).orElse(""),
                compute.virtualCpus(),
                compute.memoryBytes(),
                compute.image()
                        .flatMap(i -> i.minDiskBytes().isPresent()
                                ? Optional.of(i.minDiskBytes().getAsLong())
                                : Optional.empty())
                        .orElse(0L),
                compute.bootData());
    }

    /** The workload a target runs for one placed VDU, its images replaced by their pinned references. */
    static Workload workload(VduDemand d, Set<Architecture> architectures, Map<String, String> pinned) {
        Vdu vdu = d.vdu();
        VduExtensions ext = vdu.extensions();
        boolean sandboxed = ext.isolation() == VduExtensions.Isolation.SANDBOXED;
        List<Workload.ContainerSpec> containers = new ArrayList<>();
        Optional<Workload.VmSpec> vm = Optional.empty();
        boolean stateful = false;
        List<Workload.Port> ports = new ArrayList<>();
        switch (vdu) {
            case ContainerVdu c -> {
                stateful = "StatefulSet".equalsIgnoreCase(c.mcioType());
                for (Container container : c.containers()) {
                    Workload.ContainerSpec spec = container(container, pinned);
                    containers.add(spec);
                    ports.addAll(spec.ports());
                }
            }
            case ComputeVdu compute -> vm = Optional.of(vm(compute));
        }
        List<Workload.ConnectionPoint> points = new ArrayList<>();
        for (VduCp cp : d.nf().flavour().cps()) {
            if (cp.vdu().filter(vdu.node()::equals).isPresent()) {
                points.add(new Workload.ConnectionPoint(Names.dns(cp.node()), ports));
            }
        }
        return new Workload(
                d.demand().nf(),
                d.demand().vdu(),
                stateful,
                d.demand().replicas(),
                containers,
                vm,
                sandboxed ? Workload.Isolation.SANDBOXED : Workload.Isolation.SHARED_KERNEL,
                sandboxed ? d.demand().sandboxRuntime() : Optional.empty(),
                architectures,
                d.demand().spreadAcrossNodes(),
                points,
                Map.of());
    }

    private static Workload.ContainerSpec container(Container c, Map<String, String> pinned) {
        ContainerExtensions ext = c.extensions();
        String image =
                c.image().map(SwImage::name).map(n -> pinned.getOrDefault(n, n)).orElse("");
        long cpu = c.cpuRequestMilli().orElse(DEFAULT_MILLI_CPU);
        long memory = c.memoryRequestBytes().orElse(DEFAULT_MEMORY);
        return new Workload.ContainerSpec(
                Names.dns(c.name()),
                image,
                cpu,
                c.cpuLimitMilli().orElse(cpu),
                memory,
                c.memoryLimitBytes().orElse(memory),
                new LinkedHashMap<>(ext.environment()),
                ext.ports().stream()
                        .map(p -> new Workload.Port(Names.dns(p.name()), p.port(), p.protocol()))
                        .toList(),
                ext.liveness().map(WorkloadMapper::probe),
                ext.readiness().map(WorkloadMapper::probe));
    }

    private static Workload.Probe probe(ContainerExtensions.Probe p) {
        return new Workload.Probe(p.kind(), p.target(), p.port(), p.periodSeconds());
    }

    private static boolean spread(Flavour flavour, Vdu vdu) {
        for (PlacementRule rule : flavour.placementRules()) {
            if (rule.kind() != PlacementRule.Kind.ANTI_AFFINITY || !"nfvi_node".equals(rule.scope())) {
                continue;
            }
            for (String target : rule.targets()) {
                if (target.equals(vdu.node())
                        || flavour.placementGroups()
                                .getOrDefault(target, List.of())
                                .contains(vdu.node())) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<Architecture> architectures(List<String> names) {
        Set<Architecture> set = EnumSet.noneOf(Architecture.class);
        names.forEach(n -> Architecture.parse(n).ifPresent(set::add));
        return set;
    }

    private static Set<Architecture> intersect(Set<Architecture> a, Set<Architecture> b) {
        Set<Architecture> both = EnumSet.copyOf(a);
        both.retainAll(b);
        return both;
    }
}
