package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tacker's legacy VNFFG descriptors ({@code tosca.nodes.nfv.FP.TackerV2} paths in a {@code tosca.groups.nfv.VNFFG})
 * into the SOL001 NSD model: each forwarder's connection point becomes a {@code Forwarding} node, each hop an
 * {@code NfpPosition} with one element, and each ACL criterion an {@code NfpRule} with SOL001's criteria names.
 * Tacker-only criteria (network names, Neutron port ids) have no SOL001 equivalent and are left out.
 */
final class LegacyVnffgReader {

    static final String FP = "tosca.nodes.nfv.FP";
    private static final Map<String, String> CRITERIA = Map.of(
            "ip_proto", "protocol",
            "ip_src_prefix", "source_ip_address_prefix",
            "ip_dst_prefix", "destination_ip_address_prefix",
            "source_port_range", "source_port_range",
            "destination_port_range", "destination_port_range",
            "ethertype", "ether_type",
            "ip_dscp", "dscp");
    private static final Map<String, String> PROTOCOLS = Map.of("6", "tcp", "17", "udp", "1", "icmp", "132", "sctp");

    static boolean applies(Topology topology) {
        return topology.nodes().stream().anyMatch(n -> n.is(FP) || n.typeName().startsWith(FP));
    }

    NsDescriptor read(Topology topology, Optional<String> templateName, Optional<String> description) {
        Set<String> vnfs = new LinkedHashSet<>();
        Map<String, NsDescriptor.Forwarder> forwarders = new LinkedHashMap<>();
        List<ForwardingGraph> graphs = new ArrayList<>();
        String version = "";
        for (Node group : topology.groups()) {
            if (!group.is(NfvTypes.VNFFG) && !group.typeName().equals(NfvTypes.VNFFG)) {
                continue;
            }
            version = group.text("version").orElse(version);
            vnfs.addAll(group.strings("constituent_vnfs"));
            List<ForwardingPath> paths = new ArrayList<>();
            for (String member : group.listField("members")) {
                topology.node(member).ifPresent(fp -> paths.add(path(fp, vnfs, forwarders)));
            }
            List<String> members = new ArrayList<>(group.listField("members"));
            vnfs.stream().filter(v -> !members.contains(v)).forEach(members::add);
            graphs.add(new ForwardingGraph(
                    group.name(), group.definition().text("description").orElse(""), members, paths));
        }
        String name = templateName.or(() -> description).orElse("VNFFG");
        return new NsDescriptor(
                new NsIdentity(NsIdentity.BASE_TYPE, "", "", version, name, "", FlavourReader.DEFAULT_FLAVOUR),
                vnfs.stream().map(LegacyVnffgReader::vnf).toList(),
                List.of(),
                List.of(),
                List.copyOf(forwarders.values()),
                graphs,
                List.of());
    }

    /** A VNF Tacker names by its VNFD: a node type of its own, as SOL001 references constituent VNFDs. */
    private static VnfProfileRef vnf(String name) {
        return new VnfProfileRef(name, "tacker.vnfd." + name, "", "", Optional.empty(), 1, 1, Map.of());
    }

    private ForwardingPath path(Node fp, Set<String> vnfs, Map<String, NsDescriptor.Forwarder> forwarders) {
        List<ForwardingPath.Position> positions = new ArrayList<>();
        List<YNode> hops = fp.at("path")
                .filter(YList.class::isInstance)
                .map(p -> ((YList) p).items())
                .orElse(List.of());
        int i = 1;
        for (YNode hop : hops) {
            if (!(hop instanceof YMap map) || map.text("forwarder").isEmpty()) {
                continue;
            }
            String forwarder = map.text("forwarder").get();
            String cp = map.text("capability").orElse("cp");
            String node = forwarder + "_" + cp;
            vnfs.add(forwarder);
            forwarders.putIfAbsent(node, new NsDescriptor.Forwarder(node, Optional.empty()));
            String position = fp.name() + "_hop" + i++;
            positions.add(new ForwardingPath.Position(
                    position, Optional.empty(), List.of(new ForwardingPath.Element(position + "_el", List.of(node)))));
        }
        return new ForwardingPath(fp.name(), positions, rules(fp));
    }

    private static List<ForwardingPath.Rule> rules(Node fp) {
        List<ForwardingPath.Rule> rules = new ArrayList<>();
        List<YNode> criteria = fp.at("policy", "criteria")
                .filter(YList.class::isInstance)
                .map(c -> ((YList) c).items())
                .orElse(List.of());
        int i = 1;
        for (YNode item : criteria) {
            if (!(item instanceof YMap criterion)) {
                continue;
            }
            YMap classifier = criterion.map("classifier").orElse(criterion);
            Map<String, String> mapped = new LinkedHashMap<>();
            classifier.entries().forEach((key, value) -> {
                String target = CRITERIA.get(key);
                Optional<String> text = Node.scalarText(value);
                if (target != null && text.isPresent()) {
                    String v = text.get();
                    mapped.put(
                            target,
                            switch (target) {
                                case "protocol" -> PROTOCOLS.getOrDefault(v, v);
                                case "source_port_range", "destination_port_range" ->
                                    v.replace('-', '.').replace(".", "..");
                                default -> v;
                            });
                }
            });
            rules.add(new ForwardingPath.Rule(criterion.text("name").orElse(fp.name() + "_rule" + i), mapped));
            i++;
        }
        return rules;
    }
}
