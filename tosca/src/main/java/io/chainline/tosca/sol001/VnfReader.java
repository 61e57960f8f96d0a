package io.chainline.tosca.sol001;

import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a VNFD into the model. SOL001 packages spread a VNF over files: a top file with the VNF node and one file per
 * deployment flavour (with a substitution mapping); each file with VDUs or a VNF substitution is one flavour, and the
 * identity is taken from whichever VNF node (or its type's defaults) gives each field.
 */
final class VnfReader {

    private final FlavourReader flavours = new FlavourReader();

    Optional<VnfDescriptor> read(List<Topology> topologies, Optional<String> templateName) {
        List<Node> vnfNodes = identityNodes(topologies);
        List<Topology> flavourTopologies =
                topologies.stream().filter(VnfReader::isFlavour).toList();
        if (vnfNodes.isEmpty() && flavourTopologies.isEmpty()) {
            return Optional.empty();
        }
        List<Flavour> read = new ArrayList<>();
        for (Topology topology : flavourTopologies) {
            read.add(flavours.read(topology));
        }
        return Optional.of(new VnfDescriptor(identity(vnfNodes, topologies, templateName), read));
    }

    /**
     * Where the identity is read: the VNF node templates, and a substitution's VNF node type that no template
     * instantiates (its property defaults are the identity then).
     */
    static List<Node> identityNodes(List<Topology> topologies) {
        List<Node> nodes = new ArrayList<>(topologies.stream()
                .flatMap(t -> t.nodesOf(NfvTypes.VNF).stream())
                .toList());
        for (Topology topology : topologies) {
            topology.substitutedType()
                    .filter(type -> topology.types().derivesFrom(type, NfvTypes.VNF))
                    .filter(type -> nodes.stream().noneMatch(n -> n.typeName().equals(type.name())))
                    .ifPresent(type -> nodes.add(topology.typeOnly(type)));
        }
        return nodes;
    }

    static boolean isFlavour(Topology topology) {
        boolean substitutesVnf = topology.substitution()
                .flatMap(s -> s.text("node_type"))
                .flatMap(type -> topology.nodes().stream()
                        .filter(n -> n.typeName().equals(type))
                        .findFirst())
                .map(n -> n.is(NfvTypes.VNF))
                .orElse(false);
        boolean hasVdus = topology.nodes().stream()
                .anyMatch(n -> n.is(NfvTypes.COMPUTE) || n.is(NfvTypes.DEPLOYABLE_UNIT) || n.is(NfvTypes.LEGACY_VDU));
        return substitutesVnf || hasVdus;
    }

    private static VnfIdentity identity(List<Node> vnfNodes, List<Topology> topologies, Optional<String> templateName) {
        String nodeType = vnfNodes.stream().map(Node::typeName).findFirst().orElse(VnfIdentity.BASE_TYPE);
        return new VnfIdentity(
                nodeType,
                first(vnfNodes, n -> n.identityText("descriptor_id")).orElse(""),
                first(vnfNodes, n -> n.identityText("descriptor_version")).orElse(""),
                first(vnfNodes, n -> n.identityText("provider")).orElse(""),
                first(vnfNodes, n -> n.identityText("product_name"))
                        .or(() -> templateName)
                        .or(() -> legacyType(vnfNodes, topologies))
                        .orElse(""),
                first(vnfNodes, n -> n.identityText("software_version")).orElse(""),
                first(vnfNodes, n -> n.identityText("product_info_name")).orElse(""),
                first(vnfNodes, n -> Optional.of(n.strings("vnfm_info")).filter(l -> !l.isEmpty()))
                        .orElse(List.of()));
    }

    /**
     * A legacy (Tacker) VNFD without a template name is known by the node type its substitution_mappings exposes:
     * that is the name a legacy NSD uses for it.
     */
    private static Optional<String> legacyType(List<Node> vnfNodes, List<Topology> topologies) {
        if (!vnfNodes.isEmpty()) {
            return Optional.empty();
        }
        return topologies.stream()
                .map(t -> t.substitution().flatMap(s -> s.text("node_type")))
                .flatMap(Optional::stream)
                .filter(name -> !name.isBlank())
                .findFirst();
    }

    private static <T> Optional<T> first(List<Node> nodes, Function<Node, Optional<T>> field) {
        return nodes.stream().map(field).flatMap(Optional::stream).findFirst();
    }
}
