package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a SOL001 NSD (the entry file's topology) into the model. */
final class NsReader {

    /** Range-typed NfpRule criteria: written {@code [low, high]}, kept as {@code low..high}. */
    static final List<String> RANGES = List.of("source_port_range", "destination_port_range");

    /**
     * Where the NS identity is read: the NS node template the substitution names (else the first), else the
     * substitution's NS node type itself, whose property defaults are then the identity.
     */
    static Optional<Node> identityNode(Topology topology) {
        Optional<String> substituted = topology.substitution().flatMap(s -> s.text("node_type"));
        List<Node> nsNodes = topology.nodesOf(NfvTypes.NS);
        return nsNodes.stream()
                .filter(n -> substituted.map(n.typeName()::equals).orElse(false))
                .findFirst()
                .or(() -> nsNodes.stream().findFirst())
                .or(() -> topology.substitutedType()
                        .filter(type -> topology.types().derivesFrom(type, NfvTypes.NS))
                        .map(topology::typeOnly));
    }

    NsDescriptor read(Topology topology) {
        Optional<String> substituted = topology.substitution().flatMap(s -> s.text("node_type"));
        Optional<Node> ns = identityNode(topology);
        String flavour = topology.substitutedFlavour()
                .or(() -> ns.flatMap(n -> n.text("flavour_id")))
                .orElse(FlavourReader.DEFAULT_FLAVOUR);
        NsIdentity identity = new NsIdentity(
                ns.map(Node::typeName).or(() -> substituted).orElse(NsIdentity.BASE_TYPE),
                ns.flatMap(n -> n.identityText("descriptor_id")).orElse(""),
                ns.flatMap(n -> n.identityText("designer")).orElse(""),
                ns.flatMap(n -> n.identityText("version")).orElse(""),
                ns.flatMap(n -> n.identityText("name")).orElse(""),
                ns.flatMap(n -> n.identityText("invariant_id")).orElse(""),
                flavour);
        return new NsDescriptor(
                identity,
                topology.nodesOf(NfvTypes.VNF).stream()
                        .map(n -> vnf(n, topology))
                        .toList(),
                topology.nodesOf(NfvTypes.SAP).stream()
                        .map(FlavourReader::extCp)
                        .toList(),
                topology.nodesOf(NfvTypes.NS_VL).stream()
                        .map(FlavourReader::virtualLink)
                        .toList(),
                topology.nodesOf(NfvTypes.FORWARDING).stream()
                        .map(n -> new NsDescriptor.Forwarder(n.name(), n.requirement("virtual_link")))
                        .toList(),
                topology.groups().stream()
                        .filter(g -> g.is(NfvTypes.VNFFG))
                        .map(g -> graph(g, topology))
                        .toList(),
                topology.exposed(),
                pnfs(topology));
    }

    private static List<io.chainline.tosca.model.PnfRef> pnfs(Topology topology) {
        return topology.nodesOf(NfvTypes.PNF).stream()
                .map(n -> PnfReader.member(n, topology))
                .toList();
    }

    private static VnfProfileRef vnf(Node node, Topology topology) {
        Map<String, String> links = new LinkedHashMap<>();
        node.requirements().stream()
                .filter(r -> topology.node(r.getValue())
                        .map(t -> t.is(NfvTypes.NS_VL) || t.is(NfvTypes.FORWARDING))
                        .orElse(false))
                .forEach(r -> links.put(r.getKey(), r.getValue()));
        return new VnfProfileRef(
                node.name(),
                node.typeName(),
                node.text("descriptor_id").orElse(""),
                node.text("flavour_id").orElse(""),
                node.text("vnf_profile", "instantiation_level"),
                (int) node.integer("vnf_profile", "min_number_of_instances").orElse(1),
                (int) node.integer("vnf_profile", "max_number_of_instances").orElse(1),
                links);
    }

    private static ForwardingGraph graph(Node group, Topology topology) {
        List<String> members = group.listField("members");
        List<ForwardingPath> paths = members.stream()
                .map(topology::node)
                .flatMap(Optional::stream)
                .filter(n -> n.is(NfvTypes.NFP))
                .map(n -> path(n, topology))
                .toList();
        return new ForwardingGraph(group.name(), group.text("description").orElse(""), members, paths);
    }

    private static ForwardingPath path(Node nfp, Topology topology) {
        List<ForwardingPath.Position> positions = nfp.requirementsNamed("nfp_position").stream()
                .map(topology::node)
                .flatMap(Optional::stream)
                .map(position -> new ForwardingPath.Position(
                        position.name(),
                        position.text("forwarding_behaviour"),
                        position.requirementsNamed("element").stream()
                                .map(e -> new ForwardingPath.Element(
                                        e,
                                        topology.node(e)
                                                .map(n -> n.requirementsNamed("profile_element"))
                                                .orElse(List.of())))
                                .toList()))
                .toList();
        List<ForwardingPath.Rule> rules = topology.policiesOf(NfvTypes.NFP_RULE).stream()
                .filter(rule -> rule.listField("targets").contains(nfp.name()))
                .map(NsReader::rule)
                .toList();
        return new ForwardingPath(nfp.name(), positions, rules);
    }

    private static ForwardingPath.Rule rule(Node policy) {
        Map<String, String> criteria = new LinkedHashMap<>();
        policy.definition()
                .map("properties")
                .ifPresent(properties -> properties
                        .entries()
                        .keySet()
                        .forEach(key -> policy.property(key)
                                .flatMap(v -> criterion(key, v))
                                .ifPresent(value -> criteria.put(key, value))));
        return new ForwardingPath.Rule(policy.name(), criteria);
    }

    /** Scalars as written; lists (VLAN tags) comma-joined; ranges as low..high. */
    private static Optional<String> criterion(String key, YNode value) {
        if (value instanceof YList list) {
            if (!list.items().stream().allMatch(io.chainline.tosca.yaml.YScalar.class::isInstance)) {
                return Optional.empty(); // extended_criteria (structured) is not part of the model
            }
            List<String> items = Node.strings(Optional.of(list));
            return Optional.of(items.stream().collect(Collectors.joining(RANGES.contains(key) ? ".." : ",")));
        }
        return Node.scalarText(value);
    }
}
