package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an NSD (SOL001 v3+ only: v2 has no NSD types). Each VNF it uses is declared by its own node type with the
 * VNFD's descriptor id as the default, the way SOL001 Annex A references constituent VNFDs.
 */
final class NsWriter {

    private final Sol001Edition edition;

    NsWriter(Sol001Edition edition) {
        this.edition = edition;
    }

    String write(NsDescriptor ns) {
        YamlTree nodes = YamlTree.map();
        NsIdentity id = ns.identity();
        nodes.put(Names.safe(id.name().isEmpty() ? "NS" : id.name()), nsNode(id));
        ns.vnfs().forEach(vnf -> nodes.put(vnf.node(), vnfNode(vnf)));
        ns.pnfs().forEach(pnf -> nodes.put(pnf.node(), pnfNode(pnf)));
        Map<String, io.chainline.tosca.model.VirtualLink> links = VnfWriter.byNode(ns.virtualLinks());
        ns.saps().forEach(sap -> nodes.put(sap.node(), VnfWriter.extCp(sap, NfvTypes.SAP, links, edition)));
        ns.virtualLinks().forEach(vl -> nodes.put(vl.node(), VnfWriter.virtualLink(vl, NfvTypes.NS_VL)));
        ns.forwarders().forEach(f -> nodes.put(f.node(), forwarderNode(f)));
        Map<String, Object> groups = new LinkedHashMap<>();
        List<Object> policies = new ArrayList<>();
        for (ForwardingGraph graph : ns.forwardingGraphs()) {
            groups.put(
                    graph.name(),
                    YamlTree.map()
                            .put("type", NfvTypes.VNFFG)
                            .put("properties", Map.of("description", graph.description()))
                            .put("members", graph.members())
                            .asMap());
            graph.paths().forEach(path -> writePath(path, nodes, policies));
        }
        YamlTree topology = YamlTree.map()
                .put("substitution_mappings", VnfWriter.substitution(id.nodeType(), id.flavourId(), ns.exposed()))
                .put("node_templates", nodes)
                .nonEmpty("groups", groups)
                .nonEmpty("policies", policies);
        return YamlTree.map()
                .put("tosca_definitions_version", edition.toscaVersion())
                .put("description", id.name().isEmpty() ? "Network service descriptor" : id.name())
                .put("imports", List.of(edition.typesUrl("common"), edition.typesUrl("nsd")))
                .nonEmpty("node_types", nodeTypes(ns, edition))
                .put("topology_template", topology)
                .dump();
    }

    private static YamlTree forwarderNode(NsDescriptor.Forwarder f) {
        return YamlTree.map()
                .put("type", NfvTypes.FORWARDING)
                .nonEmpty(
                        "requirements",
                        f.virtualLink()
                                .map(vl -> List.<Object>of(Map.of("virtual_link", vl)))
                                .orElse(List.of()));
    }

    private static YamlTree nsNode(NsIdentity id) {
        return YamlTree.map()
                .put("type", id.nodeType())
                .put(
                        "properties",
                        YamlTree.map()
                                .put("descriptor_id", id.descriptorId())
                                .put("designer", id.designer())
                                .put("version", id.version())
                                .put("name", id.name())
                                .put("invariant_id", id.invariantId())
                                .put("flavour_id", id.flavourId()));
    }

    private static YamlTree vnfNode(VnfProfileRef vnf) {
        List<Object> requirements = new ArrayList<>();
        vnf.virtualLinks().forEach((requirement, vl) -> requirements.add(Map.of(requirement, vl)));
        return YamlTree.map()
                .put("type", vnf.nodeType())
                .put(
                        "properties",
                        YamlTree.map()
                                .put("flavour_id", vnf.flavourId())
                                .put(
                                        "vnf_profile",
                                        YamlTree.map()
                                                .optional("instantiation_level", vnf.instantiationLevel())
                                                .put("min_number_of_instances", vnf.minInstances())
                                                .put("max_number_of_instances", vnf.maxInstances())))
                .nonEmpty("requirements", requirements);
    }

    /**
     * A PNF member. Its own type carries the PNFD's identity as defaults (the node names only its descriptor id); a
     * PNF of the base type has no defaults, so its node names the descriptor id and leaves the rest empty.
     */
    private static YamlTree pnfNode(PnfRef pnf) {
        List<Object> requirements = new ArrayList<>();
        pnf.virtualLinks().forEach((requirement, vl) -> requirements.add(Map.of(requirement, vl)));
        Map<String, Object> properties = pnf.nodeType().equals(PnfIdentity.BASE_TYPE)
                ? pnfProperties(pnf, false)
                : Map.of("descriptor_id", pnf.descriptorId()); // two PNFDs may share a type
        return YamlTree.map()
                .put("type", pnf.nodeType())
                .put("properties", properties)
                .nonEmpty("requirements", requirements);
    }

    private static Map<String, Object> pnfProperties(PnfRef pnf, boolean asDefaults) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String field : List.of(
                "descriptor_id", "function_description", "provider", "version", "descriptor_invariant_id", "name")) {
            String value = field.equals("descriptor_id") ? pnf.descriptorId() : "";
            properties.put(field, asDefaults ? Map.of("type", "string", "default", value) : value);
        }
        return properties;
    }

    /** One type per distinct PNF type of the NS, with every requirement name its members use. */
    private static void pnfTypes(NsDescriptor ns, Map<String, Object> types) {
        Map<String, Set<String>> requirements = new LinkedHashMap<>();
        Map<String, PnfRef> first = new LinkedHashMap<>();
        for (PnfRef pnf : ns.pnfs()) {
            if (!pnf.nodeType().equals(PnfIdentity.BASE_TYPE)) {
                first.putIfAbsent(pnf.nodeType(), pnf);
                requirements
                        .computeIfAbsent(pnf.nodeType(), t -> new java.util.TreeSet<>())
                        .addAll(pnf.virtualLinks().keySet());
            }
        }
        first.forEach((type, pnf) ->
                types.put(type, PnfWriter.pnfType(List.copyOf(requirements.get(type)), pnfProperties(pnf, true))));
    }

    private static void writePath(ForwardingPath path, YamlTree nodes, List<Object> policies) {
        List<Object> positions = new ArrayList<>();
        for (ForwardingPath.Position position : path.positions()) {
            positions.add(Map.of("nfp_position", position.node()));
            List<Object> elements = new ArrayList<>();
            for (ForwardingPath.Element element : position.elements()) {
                elements.add(Map.of("element", element.node()));
                List<Object> profile = new ArrayList<>();
                element.profileElements().forEach(p -> profile.add(Map.of("profile_element", p)));
                nodes.put(
                        element.node(),
                        YamlTree.map().put("type", NfvTypes.NFP_ELEMENT).nonEmpty("requirements", profile));
            }
            nodes.put(
                    position.node(),
                    YamlTree.map()
                            .put("type", NfvTypes.NFP_POSITION)
                            .nonEmpty(
                                    "properties", YamlTree.map().optional("forwarding_behaviour", position.behaviour()))
                            .nonEmpty("requirements", elements));
        }
        nodes.put(path.node(), YamlTree.map().put("type", NfvTypes.NFP).nonEmpty("requirements", positions));
        for (ForwardingPath.Rule rule : path.rules()) {
            Map<String, Object> criteria = new LinkedHashMap<>();
            rule.criteria().forEach((key, value) -> criteria.put(key, criterion(key, value)));
            policies.add(PolicyWriter.policy(rule.name(), NfvTypes.NFP_RULE, criteria, List.of(path.node())));
        }
    }

    private static Object criterion(String key, String value) {
        if (NsReader.RANGES.contains(key) && value.contains("..")) {
            String[] bounds = value.split("\\.\\.", 2);
            return List.of(number(bounds[0]), number(bounds[1]));
        }
        return key.equals("vlan_tag") ? List.of(value.split(",")) : value;
    }

    private static Object number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return text; // UNBOUNDED stays a word
        }
    }

    /** The NS's own type and one type per distinct VNF type, each pinned to its VNFD's descriptor id. */
    private static Map<String, Object> nodeTypes(NsDescriptor ns, Sol001Edition edition) {
        Map<String, Object> types = new LinkedHashMap<>();
        if (!ns.identity().nodeType().equals(NsIdentity.BASE_TYPE)) {
            types.put(ns.identity().nodeType(), Map.of("derived_from", NsIdentity.BASE_TYPE));
        }
        if (ns.saps().stream().anyMatch(sap -> L3Mapping.needsCpType(sap.addressing(), edition))) {
            types.put(
                    Sol001Extensions.SAP_TYPE,
                    Sol001Extensions.cpTypeDefinition(NfvTypes.SAP, edition == Sol001Edition.V2_6_1));
        }
        if (ns.virtualLinks().stream().anyMatch(vl -> L3Mapping.needsNsLinkType(vl.l3()))) {
            types.put(Sol001Extensions.NS_VL_TYPE, Sol001Extensions.nsLinkTypeDefinition());
        }
        Set<String> seen = new LinkedHashSet<>();
        for (VnfProfileRef vnf : ns.vnfs()) {
            if (!vnf.nodeType().equals(NfvTypes.VNF) && seen.add(vnf.nodeType())) {
                types.put(vnf.nodeType(), vnfType(vnf));
            }
        }
        pnfTypes(ns, types);
        return types;
    }

    private static Map<String, Object> vnfType(VnfProfileRef vnf) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("descriptor_id", Map.of("type", "string", "default", vnf.descriptorId()));
        for (String field :
                List.of("descriptor_version", "provider", "product_name", "software_version", "flavour_description")) {
            properties.put(field, Map.of("type", "string", "default", ""));
        }
        properties.put(
                "vnfm_info", Map.of("type", "list", "entry_schema", Map.of("type", "string"), "default", List.of()));
        return Map.of("derived_from", NfvTypes.VNF, "properties", properties);
    }
}
