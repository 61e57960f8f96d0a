package io.chainline.tosca.sol001;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.Storage;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** One deployment flavour's topology into a {@link Flavour}. */
final class FlavourReader {

    static final String DEFAULT_FLAVOUR = "default";

    private final VduReader vdus = new VduReader();
    private final PolicyReader policies = new PolicyReader();

    Flavour read(Topology topology) {
        Optional<Node> vnf = topology.nodesOf(NfvTypes.VNF).stream().findFirst();
        String id = topology.substitutedFlavour()
                .or(() -> vnf.flatMap(n -> n.text("flavour_id")))
                .orElse(DEFAULT_FLAVOUR);
        PolicyReader.Scaling scaling = TackerScaling.convert(topology)
                .map(c -> new PolicyReader.Scaling(c.aspects(), c.initialDeltas(), c.levels(), c.defaultLevel()))
                .orElseGet(() -> policies.scaling(topology));
        return new Flavour(
                id,
                vnf.flatMap(n -> n.text("flavour_description")).orElse(""),
                vdus.read(topology),
                topology.nodesOf(NfvTypes.BLOCK_STORAGE).stream()
                        .map(FlavourReader::storage)
                        .toList(),
                cps(topology),
                virtualLinks(topology),
                topology.nodesOf(NfvTypes.VNF_EXT_CP).stream()
                        .map(FlavourReader::extCp)
                        .toList(),
                topology.exposed(),
                scaling.aspects(),
                scaling.initialDeltas(),
                scaling.levels(),
                scaling.defaultLevel(),
                placementGroups(topology),
                policies.placementRules(topology),
                vnf.map(FlavourReader::lcmOperations).orElse(List.of()));
    }

    private static Storage storage(Node node) {
        return new Storage(
                node.name(),
                node.size("virtual_block_storage_data", "size_of_storage").orElse(0),
                node.text("virtual_block_storage_data", "rdma_enabled")
                        .map(Boolean::parseBoolean)
                        .orElse(false),
                VduReader.image(node));
    }

    private static List<VduCp> cps(Topology topology) {
        List<VduCp> cps = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (node.is(NfvTypes.VDU_CP)) {
                cps.add(new VduCp(
                        node.name(),
                        node.strings("layer_protocols"),
                        node.requirement("virtual_binding"),
                        node.requirement("virtual_link"),
                        node.order("order"),
                        L3Mapping.addressing(node)));
            } else if (node.is(NfvTypes.LEGACY_CP)) {
                cps.add(new VduCp(
                                node.name(),
                                List.of(),
                                node.requirement("virtualBinding"),
                                node.requirement("virtualLink"),
                                node.order("order"))
                        .withAddressing(legacyAddressing(node)));
            }
        }
        return cps;
    }

    /**
     * A CP.Tacker's {@code management} flag (the port Tacker reached the VNF on: Chainline's management interface)
     * and its {@code ip_address} (a fixed address), as L3Mapping reads SOL001's.
     */
    private static Optional<CpAddressing> legacyAddressing(Node node) {
        boolean management = node.text("management").map(Boolean::parseBoolean).orElse(false);
        List<String> fixed = node.text("ip_address").map(List::of).orElse(List.of());
        if (!management && fixed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CpAddressing(fixed, fixed.isEmpty() ? 1 : 0, management));
    }

    private static List<VirtualLink> virtualLinks(Topology topology) {
        List<VirtualLink> links = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (node.is(NfvTypes.VNF_VL)) {
                links.add(virtualLink(node));
            } else if (node.is(NfvTypes.LEGACY_VL)) {
                links.add(new VirtualLink(node.name(), node.text("network_name"), List.of(), Optional.empty(), 0, 0));
            }
        }
        return links;
    }

    /** VnfVirtualLink and NsVirtualLink share the properties the model keeps. */
    static VirtualLink virtualLink(Node node) {
        return new VirtualLink(
                node.name(),
                node.text("description"),
                node.strings("connectivity_type", "layer_protocols"),
                node.text("connectivity_type", "flow_pattern"),
                node.integer("vl_profile", "max_bitrate_requirements", "root").orElse(0),
                node.integer("vl_profile", "min_bitrate_requirements", "root").orElse(0),
                L3Mapping.l3(node));
    }

    /** VnfExtCp and Sap share the properties the model keeps. */
    static ExtCp extCp(Node node) {
        return new ExtCp(
                node.name(),
                node.strings("layer_protocols"),
                node.requirement("internal_virtual_link"),
                L3Mapping.addressing(node));
    }

    private static Map<String, List<String>> placementGroups(Topology topology) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        topology.groups().stream()
                .filter(g -> g.is(NfvTypes.PLACEMENT_GROUP))
                .forEach(g -> groups.put(g.name(), g.listField("members")));
        return groups;
    }

    /** The Vnflcm operations named, in either the short or the {@code operations:} form. */
    private static List<String> lcmOperations(Node vnf) {
        Optional<YMap> lcm = vnf.definition().map("interfaces").flatMap(i -> i.map("Vnflcm"));
        if (lcm.isEmpty()) {
            return List.of();
        }
        Map<String, YNode> operations =
                lcm.get().map("operations").map(YMap::entries).orElse(lcm.get().entries());
        TreeSet<String> names = new TreeSet<>(operations.keySet());
        names.removeAll(List.of("type", "inputs", "operations", "notifications"));
        return List.copyOf(names);
    }
}
