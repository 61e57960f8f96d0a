package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** VDUs: SOL001 Vdu.Compute and OsContainerDeployableUnit (with its OsContainers), and Tacker's legacy VDU.Tacker. */
final class VduReader {

    List<Vdu> read(Topology topology) {
        List<Vdu> vdus = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (node.is(NfvTypes.COMPUTE)) {
                vdus.add(compute(node));
            } else if (node.is(NfvTypes.DEPLOYABLE_UNIT)) {
                vdus.add(deployableUnit(node, topology));
            } else if (node.is(NfvTypes.LEGACY_VDU)) {
                vdus.add(legacy(node, TackerScaling.profile(topology, node.name())));
            }
        }
        return vdus;
    }

    private static ComputeVdu compute(Node node) {
        return new ComputeVdu(
                node.name(),
                node.textOr("name", node.name()),
                node.textOr("description", ""),
                profile(node),
                (int) asLong(node.capabilityProperty("virtual_compute", "virtual_cpu", "num_virtual_cpu"))
                        .orElse(0),
                node.capabilityProperty("virtual_compute", "virtual_memory", "virtual_mem_size")
                        .flatMap(Node::scalarText)
                        .map(Scalars::bytes)
                        .orElse(OptionalLong.empty())
                        .orElse(0),
                node.capabilityProperty("virtual_compute", "virtual_cpu", "cpu_architecture")
                        .flatMap(Node::scalarText),
                image(node),
                node.requirementsNamed("virtual_storage"),
                extensions(node),
                bootData(node));
    }

    /** v2 writes boot data as a string; v3+ as {@code content_or_file_data.content}. */
    private static Optional<String> bootData(Node node) {
        Optional<YNode> data = node.at("boot_data");
        if (data.isPresent() && data.get() instanceof YMap) {
            return node.text("boot_data", "content_or_file_data", "content");
        }
        return data.flatMap(Node::scalarText);
    }

    private static ContainerVdu deployableUnit(Node node, Topology topology) {
        List<Container> containers = node.requirementsNamed("container").stream()
                .map(topology::node)
                .flatMap(Optional::stream)
                .map(VduReader::container)
                .toList();
        return new ContainerVdu(
                node.name(),
                node.textOr("name", node.name()),
                node.textOr("description", ""),
                profile(node),
                node.text("mcio_identification_data", "name").orElse(""),
                node.text("mcio_identification_data", "type").orElse(""),
                containers,
                node.requirementsNamed("virtual_storage"),
                extensions(node));
    }

    private static Container container(Node node) {
        return new Container(
                node.name(),
                node.textOr("name", node.name()),
                node.textOr("description", ""),
                image(node),
                node.integer("requested_cpu_resources"),
                node.integer("cpu_resource_limit"),
                node.size("requested_memory_resources"),
                node.size("memory_resource_limit"),
                containerExtensions(node));
    }

    private static ContainerExtensions containerExtensions(Node node) {
        List<ContainerExtensions.Port> ports = new ArrayList<>();
        node.at(Sol001Extensions.PORTS)
                .filter(io.chainline.tosca.yaml.YList.class::isInstance)
                .ifPresent(list -> ((io.chainline.tosca.yaml.YList) list)
                        .items()
                        .forEach(item -> {
                            if (item instanceof YMap port) {
                                ports.add(new ContainerExtensions.Port(
                                        port.text("name").orElse(""),
                                        (int) Node.asLong(port.get("port")).orElse(0),
                                        port.text("protocol").orElse("TCP")));
                            }
                        }));
        Map<String, String> environment = new LinkedHashMap<>();
        node.at(Sol001Extensions.ENVIRONMENT)
                .filter(YMap.class::isInstance)
                .ifPresent(map -> ((YMap) map)
                        .entries()
                        .forEach((k, v) -> Node.scalarText(v).ifPresent(text -> environment.put(k, text))));
        return new ContainerExtensions(
                ports,
                environment,
                probe(node, Sol001Extensions.LIVENESS),
                probe(node, Sol001Extensions.READINESS),
                new java.util.TreeSet<>(node.strings(Sol001Extensions.CAPABILITIES)));
    }

    private static Optional<ContainerExtensions.Probe> probe(Node node, String property) {
        return node.at(property)
                .filter(YMap.class::isInstance)
                .map(YMap.class::cast)
                .map(p -> new ContainerExtensions.Probe(
                        p.text("kind").orElse("tcp"),
                        p.text("target").orElse(""),
                        (int) Node.asLong(p.get("port")).orElse(0),
                        (int) Node.asLong(p.get("period_seconds")).orElse(10)));
    }

    /**
     * Tacker's VDU.Tacker: a VM sized by nfv_compute or its flavour's name ({@link TackerCompute}), or (with vnfcs) a
     * pod of containers. Its user_data (cloud-init, as Nova is given it) is the VM's boot data. The model keeps a VM's
     * root disk as its image's min_disk (what a deployment sizes the disk by), so the flavour's disk goes there. Its
     * instance counts come from a Tacker scaling policy targeting it ({@link TackerScaling}), else exactly one.
     */
    private static Vdu legacy(Node node, VduProfile profile) {
        Optional<YMap> vnfcs = node.at("vnfcs").filter(YMap.class::isInstance).map(YMap.class::cast);
        if (vnfcs.isPresent()) {
            List<Container> containers = new ArrayList<>();
            vnfcs.get().entries().forEach((name, spec) -> containers.add(legacyContainer(name, spec)));
            return new ContainerVdu(
                    node.name(),
                    node.name(),
                    "",
                    profile,
                    node.name(),
                    "Deployment",
                    containers,
                    List.of(),
                    VduExtensions.NONE);
        }
        TackerCompute.Size size = TackerCompute.of(node).size();
        return new ComputeVdu(
                node.name(),
                node.textOr("name", node.name()),
                "",
                profile,
                size.cpus(),
                size.memoryBytes(),
                Optional.empty(),
                node.text("image").map(image -> legacyImage(image, size.diskBytes())),
                List.of(),
                VduExtensions.NONE,
                node.text("user_data"));
    }

    private static Container legacyContainer(String name, YNode spec) {
        YMap map = spec instanceof YMap m ? m : null;
        Optional<String> image = map == null ? Optional.empty() : map.text("image");
        OptionalLong cpus = map == null ? OptionalLong.empty() : milliCpus(map.text("num_cpus"));
        OptionalLong memory = map == null
                ? OptionalLong.empty()
                : map.text("mem_size").map(Scalars::bytes).orElse(OptionalLong.empty());
        return new Container(
                name,
                name,
                "",
                image.map(SwImage::container),
                cpus,
                OptionalLong.empty(),
                memory,
                OptionalLong.empty());
    }

    /** Tacker writes fractions of a CPU (0.2); SOL001 counts milli-CPUs (200). */
    private static OptionalLong milliCpus(Optional<String> cpus) {
        try {
            return cpus.map(c -> OptionalLong.of(new java.math.BigDecimal(c.trim())
                            .movePointRight(3)
                            .setScale(0, java.math.RoundingMode.HALF_UP)
                            .longValueExact()))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static SwImage legacyImage(String name, OptionalLong rootDisk) {
        return new SwImage(
                name,
                "",
                Optional.empty(),
                Optional.empty(),
                "bare",
                Optional.empty(),
                rootDisk,
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static VduProfile profile(Node node) {
        return new VduProfile(
                (int) node.integer("vdu_profile", "min_number_of_instances").orElse(1),
                (int) node.integer("vdu_profile", "max_number_of_instances").orElse(1));
    }

    /** The v3+ {@code sw_image} artifact, else the v2 {@code sw_image_data} property. */
    static Optional<SwImage> image(Node node) {
        Optional<YMap> artifact = node.artifact("sw_image");
        Optional<YMap> properties = artifact.flatMap(a -> a.map("properties"));
        if (properties.isPresent()) {
            return Optional.of(image(properties.get(), artifact.flatMap(a -> a.text("file"))));
        }
        Optional<YMap> data =
                node.at("sw_image_data").filter(YMap.class::isInstance).map(YMap.class::cast);
        return data.map(d -> image(d, artifact.flatMap(a -> a.text("file"))));
    }

    private static SwImage image(YMap data, Optional<String> artifactFile) {
        String name = data.text("name").orElse("");
        // the writer names an image known only by reference (a container image) as its own artifact file
        Optional<String> file = artifactFile.filter(f -> !f.equals(name)
                && !f.equals(VduWriter.REGISTRY_SCHEME + name)
                && !f.equals(VduWriter.VIM_SCHEME + name));
        Optional<SwImage.Checksum> checksum = data.map("checksum")
                .filter(c -> c.text("algorithm").isPresent() && c.text("hash").isPresent())
                .map(c -> new SwImage.Checksum(
                        c.text("algorithm").orElseThrow(), c.text("hash").orElseThrow()));
        return new SwImage(
                name,
                data.text("version").orElse(""),
                data.text("provider"),
                checksum,
                data.text("container_format").orElse(""),
                data.text("disk_format"),
                sizeOf(data, "min_disk"),
                sizeOf(data, "min_ram"),
                sizeOf(data, "size"),
                data.text("operating_system"),
                file);
    }

    private static OptionalLong sizeOf(YMap data, String key) {
        return data.text(key).map(Scalars::bytes).orElse(OptionalLong.empty());
    }

    /** Chainline's extension properties, present when the VDU's type is one of Chainline's derived types. */
    private static VduExtensions extensions(Node node) {
        Optional<VduExtensions.Isolation> isolation =
                node.text(Sol001Extensions.ISOLATION).flatMap(VduExtensions.Isolation::of);
        Map<String, String> labels = new LinkedHashMap<>();
        node.at(Sol001Extensions.NODE_LABELS)
                .filter(YMap.class::isInstance)
                .map(YMap.class::cast)
                .ifPresent(map ->
                        map.entries().forEach((k, v) -> Node.scalarText(v).ifPresent(text -> labels.put(k, text))));
        return new VduExtensions(
                isolation.orElse(VduExtensions.Isolation.SHARED_KERNEL),
                node.text(Sol001Extensions.RUNTIME_CLASS),
                node.strings(Sol001Extensions.ARCHITECTURES),
                labels);
    }

    private static OptionalLong asLong(Optional<YNode> node) {
        return Node.asLong(node);
    }
}
