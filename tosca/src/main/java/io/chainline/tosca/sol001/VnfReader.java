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
        List<Node> vnfNodes = topologies.stream()
                .flatMap(t -> t.nodesOf(NfvTypes.VNF).stream())
                .toList();
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
                first(vnfNodes, n -> n.text("descriptor_id")).orElse(""),
                first(vnfNodes, n -> n.text("descriptor_version")).orElse(""),
                first(vnfNodes, n -> n.text("provider")).orElse(""),
                first(vnfNodes, n -> n.text("product_name"))
                        .or(() -> templateName)
                        .orElse(""),
                first(vnfNodes, n -> n.text("software_version")).orElse(""),
                first(vnfNodes, n -> n.text("product_info_name")).orElse(""),
                first(vnfNodes, n -> Optional.of(n.strings("vnfm_info")).filter(l -> !l.isEmpty()))
                        .orElse(List.of()));
    }

    private static <T> Optional<T> first(List<Node> nodes, Function<Node, Optional<T>> field) {
        return nodes.stream().map(field).flatMap(Optional::stream).findFirst();
    }
}
