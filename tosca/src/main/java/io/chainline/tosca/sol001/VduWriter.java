package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes VDUs. Images go where the edition wants them: the {@code sw_image_data} property in v2, a
 * {@code tosca.artifacts.nfv.SwImage} artifact in v3+. VDUs with Chainline extensions get Chainline's derived types.
 */
final class VduWriter {

    private final Sol001Edition edition;

    VduWriter(Sol001Edition edition) {
        this.edition = edition;
    }

    private boolean v2() {
        return edition == Sol001Edition.V2_6_1;
    }

    void write(Flavour flavour, YamlTree nodes) {
        for (Vdu vdu : flavour.vdus()) {
            switch (vdu) {
                case ComputeVdu compute -> nodes.put(compute.node(), compute(compute));
                case ContainerVdu unit -> {
                    nodes.put(unit.node(), deployableUnit(unit));
                    unit.containers().forEach(c -> nodes.put(c.node(), container(c)));
                }
            }
        }
    }

    private YamlTree compute(ComputeVdu vdu) {
        YamlTree properties = common(vdu);
        vdu.bootData()
                .ifPresent(data -> properties.put(
                        "boot_data", v2() ? data : Map.of("content_or_file_data", Map.of("content", data))));
        YamlTree node = YamlTree.map()
                .put("type", vdu.extensions().isDefault() ? NfvTypes.COMPUTE : Sol001Extensions.COMPUTE_TYPE)
                .put("properties", properties)
                .put(
                        "capabilities",
                        Map.of(
                                "virtual_compute",
                                Map.of(
                                        "properties",
                                        YamlTree.map()
                                                .put(
                                                        "virtual_memory",
                                                        Map.of("virtual_mem_size", Scalars.size(vdu.memoryBytes())))
                                                .put(
                                                        "virtual_cpu",
                                                        YamlTree.map()
                                                                .optional("cpu_architecture", vdu.cpuArchitecture())
                                                                .put("num_virtual_cpu", vdu.virtualCpus())
                                                                .asMap())
                                                .asMap())))
                .nonEmpty("requirements", storages(vdu));
        vdu.image().ifPresent(image -> image(node, image));
        return node;
    }

    private YamlTree deployableUnit(ContainerVdu vdu) {
        YamlTree properties = common(vdu)
                .put(
                        "mcio_identification_data",
                        YamlTree.map().put("name", vdu.mcioName()).put("type", vdu.mcioType()));
        List<Object> requirements = new ArrayList<>();
        vdu.containers().forEach(c -> requirements.add(Map.of("container", c.node())));
        requirements.addAll(storages(vdu));
        return YamlTree.map()
                .put(
                        "type",
                        vdu.extensions().isDefault() ? NfvTypes.DEPLOYABLE_UNIT : Sol001Extensions.DEPLOYABLE_UNIT_TYPE)
                .put("properties", properties)
                .nonEmpty("requirements", requirements);
    }

    private YamlTree common(Vdu vdu) {
        YamlTree properties = YamlTree.map()
                .put("name", vdu.name())
                .put("description", vdu.description())
                .put(
                        "vdu_profile",
                        YamlTree.map()
                                .put("min_number_of_instances", vdu.profile().minInstances())
                                .put("max_number_of_instances", vdu.profile().maxInstances()));
        VduExtensions ext = vdu.extensions();
        if (!ext.isDefault()) {
            properties
                    .put(Sol001Extensions.ISOLATION, ext.isolation().value())
                    .optional(Sol001Extensions.RUNTIME_CLASS, ext.runtimeClass())
                    .nonEmpty(Sol001Extensions.ARCHITECTURES, ext.architectures())
                    .nonEmpty(Sol001Extensions.NODE_LABELS, ext.nodeLabels());
        }
        return properties;
    }

    private static List<Object> storages(Vdu vdu) {
        List<Object> requirements = new ArrayList<>();
        vdu.storages().forEach(s -> requirements.add(Map.of("virtual_storage", s)));
        return requirements;
    }

    private YamlTree container(Container container) {
        ContainerExtensions ext = container.extensions();
        YamlTree properties = YamlTree.map()
                .put("name", container.name())
                .put("description", container.description())
                .optional("requested_cpu_resources", container.cpuRequestMilli())
                .optional("cpu_resource_limit", container.cpuLimitMilli())
                .size("requested_memory_resources", container.memoryRequestBytes())
                .size("memory_resource_limit", container.memoryLimitBytes());
        if (!ext.isDefault()) {
            List<Object> ports = new ArrayList<>();
            ext.ports()
                    .forEach(p -> ports.add(YamlTree.map()
                            .put("name", p.name().isEmpty() ? null : p.name())
                            .put("port", p.port())
                            .put("protocol", p.protocol())
                            .asMap()));
            properties
                    .nonEmpty(Sol001Extensions.PORTS, ports)
                    .nonEmpty(Sol001Extensions.ENVIRONMENT, ext.environment())
                    .optional(Sol001Extensions.LIVENESS, ext.liveness().map(VduWriter::probe))
                    .optional(Sol001Extensions.READINESS, ext.readiness().map(VduWriter::probe))
                    .nonEmpty(Sol001Extensions.CAPABILITIES, List.copyOf(ext.capabilities()));
        }
        YamlTree node = YamlTree.map()
                .put("type", ext.isDefault() ? NfvTypes.CONTAINER : Sol001Extensions.CONTAINER_TYPE)
                .put("properties", properties);
        container.image().ifPresent(image -> image(node, image));
        return node;
    }

    private static Map<String, Object> probe(ContainerExtensions.Probe probe) {
        return YamlTree.map()
                .put("kind", probe.kind())
                .put("target", probe.target().isEmpty() ? null : probe.target())
                .put("port", probe.port() > 0 ? probe.port() : null)
                .put("period_seconds", probe.periodSeconds())
                .asMap();
    }

    /** Adds the image to a VDU or storage node the way the edition expects. */
    void image(YamlTree node, SwImage image) {
        YamlTree data = YamlTree.map()
                .put("name", image.name())
                .put("version", image.version())
                .optional("provider", v2() ? java.util.Optional.empty() : image.provider())
                .optional("checksum", image.checksum().map(c -> Map.of("algorithm", c.algorithm(), "hash", c.hash())))
                .put("container_format", image.containerFormat())
                .optional("disk_format", image.diskFormat())
                .size("min_disk", image.minDiskBytes())
                .size("min_ram", image.minRamBytes())
                .size("size", image.sizeBytes())
                .optional("operating_system", image.operatingSystem());
        if (v2()) {
            Map<String, Object> properties = new LinkedHashMap<>(propertiesOf(node));
            properties.put("sw_image_data", data.asMap());
            node.put("properties", properties);
            image.file()
                    .ifPresent(file -> node.put(
                            "artifacts",
                            Map.of("sw_image", Map.of("type", "tosca.artifacts.nfv.SwImage", "file", file))));
            return;
        }
        node.put(
                "artifacts",
                Map.of(
                        "sw_image",
                        YamlTree.map()
                                .put("type", "tosca.artifacts.nfv.SwImage")
                                .put("file", artifactFile(image))
                                .put("properties", data)
                                .asMap()));
    }

    /**
     * An artifact needs a file. An image known only by reference is not in the package: a container image lives in a
     * registry ({@code docker://reference}), a VM image in the VIM's image store ({@code vim://name}).
     */
    static String artifactFile(SwImage image) {
        if (image.file().isPresent()) {
            return image.file().get();
        }
        return (image.containerFormat().equals("docker") ? REGISTRY_SCHEME : VIM_SCHEME) + image.name();
    }

    static final String REGISTRY_SCHEME = "docker://";
    static final String VIM_SCHEME = "vim://";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> propertiesOf(YamlTree node) {
        Object properties = node.asMap().get("properties");
        return properties instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static boolean usesContainerExtensions(VnfDescriptor vnf) {
        return vnf.flavours().stream()
                .flatMap(f -> f.vdus().stream())
                .filter(ContainerVdu.class::isInstance)
                .flatMap(v -> ((ContainerVdu) v).containers().stream())
                .anyMatch(c -> !c.extensions().isDefault());
    }

    /** Chainline's derived VDU types, declared only when a VDU uses its extensions. */
    Map<String, Object> extensionTypes(VnfDescriptor vnf) {
        Map<String, Object> types = new LinkedHashMap<>();
        if (usesContainerExtensions(vnf)) {
            types.put(Sol001Extensions.CONTAINER_TYPE, Sol001Extensions.containerTypeDefinition());
        }
        for (Flavour flavour : vnf.flavours()) {
            for (Vdu vdu : flavour.vdus()) {
                if (!vdu.extensions().isDefault()) {
                    switch (vdu) {
                        case ComputeVdu c ->
                            types.put(Sol001Extensions.COMPUTE_TYPE, Sol001Extensions.typeDefinition(NfvTypes.COMPUTE));
                        case ContainerVdu u ->
                            types.put(
                                    Sol001Extensions.DEPLOYABLE_UNIT_TYPE,
                                    Sol001Extensions.typeDefinition(NfvTypes.DEPLOYABLE_UNIT));
                    }
                }
            }
        }
        return types;
    }
}
