package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.Storage;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a VNFD. One flavour gives one self-contained file; several give a top file (the VNF, choosing a flavour by
 * input), one file per flavour and a shared type file, the layout SOL001 Annex A and Tacker use.
 */
final class VnfWriter {

    private final Sol001Edition edition;
    private final VduWriter vdus;
    private final PolicyWriter policies = new PolicyWriter();

    VnfWriter(Sol001Edition edition) {
        this.edition = edition;
        this.vdus = new VduWriter(edition);
    }

    /** @return file name to content; the first entry is the entry definitions */
    Map<String, String> write(VnfDescriptor vnf, String baseName) {
        Map<String, String> files = new LinkedHashMap<>();
        YamlTree types = nodeTypes(vnf);
        if (vnf.flavours().isEmpty()) {
            // a VNF known by its identity only, such as a top file whose flavours are elsewhere
            YamlTree node = YamlTree.map()
                    .put("type", vnf.identity().nodeType())
                    .put(
                            "properties",
                            identity(vnf.identity()).put("flavour_id", "").put("flavour_description", ""));
            files.put(
                    baseName + ".yaml",
                    header(title(vnf.identity()), List.of())
                            .nonEmpty("data_types", dataTypes(vnf))
                            .nonEmpty("node_types", types)
                            .put("topology_template", Map.of("node_templates", Map.of("VNF", node.asMap())))
                            .dump());
            return files;
        }
        if (vnf.flavours().size() == 1) {
            files.put(baseName + ".yaml", flavourFile(vnf, vnf.flavours().getFirst(), types, List.of()));
            return files;
        }
        String typesFile = baseName + "_types.yaml";
        List<String> flavourFiles = new ArrayList<>();
        Map<String, String> flavours = new LinkedHashMap<>();
        for (Flavour flavour : vnf.flavours()) {
            String name = baseName + "_df_" + Names.safe(flavour.id()) + ".yaml";
            flavourFiles.add(name);
            flavours.put(name, flavourFile(vnf, flavour, YamlTree.map(), List.of(typesFile)));
        }
        files.put(baseName + ".yaml", topFile(vnf, typesFile, flavourFiles));
        files.putAll(flavours);
        files.put(
                typesFile,
                header("Types of " + vnf.identity().productName(), List.of())
                        .put("node_types", types)
                        .dump());
        return files;
    }

    private YamlTree header(String description, List<String> localImports) {
        List<String> imports = new ArrayList<>(List.of(edition.typesUrl("common"), edition.typesUrl("vnfd")));
        imports.addAll(localImports);
        return YamlTree.map()
                .put("tosca_definitions_version", edition.toscaVersion())
                .put("description", description)
                .put("imports", imports);
    }

    private String topFile(VnfDescriptor vnf, String typesFile, List<String> flavourFiles) {
        List<String> imports = new ArrayList<>(List.of(typesFile));
        imports.addAll(flavourFiles);
        YamlTree inputs = YamlTree.map()
                .put(
                        "selected_flavour",
                        YamlTree.map()
                                .put("type", "string")
                                .put("description", "The deployment flavour to instantiate")
                                .put("default", vnf.flavours().getFirst().id()));
        YamlTree node = YamlTree.map()
                .put("type", vnf.identity().nodeType())
                .put(
                        "properties",
                        identity(vnf.identity())
                                .put("flavour_id", Map.of("get_input", "selected_flavour"))
                                .put("flavour_description", ""));
        return header(title(vnf.identity()), imports)
                .put(
                        "topology_template",
                        YamlTree.map().put("inputs", inputs).put("node_templates", Map.of("VNF", node.asMap())))
                .dump();
    }

    private String flavourFile(VnfDescriptor vnf, Flavour flavour, YamlTree types, List<String> localImports) {
        YamlTree file = header(title(vnf.identity()) + ", flavour " + flavour.id(), localImports)
                .nonEmpty("data_types", types.isEmpty() ? Map.of() : dataTypes(vnf))
                .nonEmpty("node_types", types);
        String vnfNode = Names.unused("VNF", flavour);
        YamlTree nodes = YamlTree.map().put(vnfNode, vnfNode(vnf.identity(), flavour));
        vdus.write(flavour, nodes);
        flavour.storages().forEach(storage -> nodes.put(storage.node(), storage(storage)));
        Map<String, VirtualLink> links = byNode(flavour.virtualLinks());
        flavour.cps().forEach(cp -> nodes.put(cp.node(), cp(cp, links)));
        flavour.virtualLinks().forEach(vl -> nodes.put(vl.node(), virtualLink(vl, NfvTypes.VNF_VL)));
        flavour.extCps().forEach(cp -> nodes.put(cp.node(), extCp(cp, NfvTypes.VNF_EXT_CP, links, edition)));
        YamlTree topology = YamlTree.map()
                .put("substitution_mappings", substitution(vnf.identity().nodeType(), flavour.id(), flavour.exposed()))
                .put("node_templates", nodes)
                .nonEmpty("groups", groups(flavour))
                .nonEmpty("policies", policies.write(flavour));
        return file.put("topology_template", topology).dump();
    }

    private static Map<String, Object> dataTypes(VnfDescriptor vnf) {
        return VduWriter.usesContainerExtensions(vnf) ? Sol001Extensions.dataTypes() : Map.of();
    }

    private YamlTree nodeTypes(VnfDescriptor vnf) {
        YamlTree types = YamlTree.map();
        if (!vnf.identity().nodeType().equals(VnfIdentity.BASE_TYPE)) {
            types.put(
                    vnf.identity().nodeType(),
                    YamlTree.map()
                            .put("derived_from", VnfIdentity.BASE_TYPE)
                            .put("description", title(vnf.identity())));
        }
        vdus.extensionTypes(vnf).forEach(types::put);
        List<Flavour> flavours = vnf.flavours();
        if (flavours.stream()
                .flatMap(f -> f.cps().stream())
                .anyMatch(cp -> L3Mapping.needsCpType(cp.addressing(), edition))) {
            types.put(
                    Sol001Extensions.VDU_CP_TYPE,
                    Sol001Extensions.cpTypeDefinition(NfvTypes.VDU_CP, edition == Sol001Edition.V2_6_1));
        }
        if (flavours.stream()
                .flatMap(f -> f.extCps().stream())
                .anyMatch(cp -> L3Mapping.needsCpType(cp.addressing(), edition))) {
            types.put(
                    Sol001Extensions.VNF_EXT_CP_TYPE,
                    Sol001Extensions.cpTypeDefinition(NfvTypes.VNF_EXT_CP, edition == Sol001Edition.V2_6_1));
        }
        return types;
    }

    private YamlTree vnfNode(VnfIdentity identity, Flavour flavour) {
        YamlTree node = YamlTree.map()
                .put("type", identity.nodeType())
                .put(
                        "properties",
                        identity(identity)
                                .put("flavour_id", flavour.id())
                                .put("flavour_description", flavour.description()));
        if (!flavour.lcmOperations().isEmpty()) {
            Map<String, Object> operations = new LinkedHashMap<>();
            flavour.lcmOperations().forEach(op -> operations.put(op, Map.of()));
            // TOSCA 1.3 groups operations under 'operations:'; 1.2 (SOL001 v2) lists them directly
            Object lcm = edition == Sol001Edition.V2_6_1 ? operations : Map.of("operations", operations);
            node.put("interfaces", Map.of("Vnflcm", lcm));
        }
        return node;
    }

    static YamlTree identity(VnfIdentity identity) {
        return YamlTree.map()
                .put("descriptor_id", identity.descriptorId())
                .put("descriptor_version", identity.descriptorVersion())
                .put("provider", identity.provider())
                .put("product_name", identity.productName())
                .put("software_version", identity.softwareVersion())
                .put("product_info_name", identity.productInfoName().isEmpty() ? null : identity.productInfoName())
                .put("vnfm_info", identity.vnfmInfo());
    }

    static YamlTree substitution(String nodeType, String flavourId, List<ExposedRequirement> exposed) {
        Map<String, Object> requirements = new LinkedHashMap<>();
        exposed.forEach(e -> requirements.put(e.name(), List.of(e.node(), e.requirement())));
        return YamlTree.map()
                .put("node_type", nodeType)
                .put("properties", Map.of("flavour_id", flavourId))
                .nonEmpty("requirements", requirements);
    }

    private YamlTree storage(Storage storage) {
        YamlTree node = YamlTree.map()
                .put("type", "tosca.nodes.nfv.Vdu.VirtualBlockStorage")
                .put(
                        "properties",
                        YamlTree.map()
                                .put(
                                        "virtual_block_storage_data",
                                        YamlTree.map()
                                                .put("size_of_storage", Scalars.size(storage.sizeBytes()))
                                                .put("rdma_enabled", storage.rdmaEnabled())));
        storage.image().ifPresent(image -> vdus.image(node, image));
        return node;
    }

    private YamlTree cp(VduCp cp, Map<String, VirtualLink> links) {
        List<Object> requirements = new ArrayList<>();
        cp.vdu().ifPresent(vdu -> requirements.add(Map.of("virtual_binding", vdu)));
        cp.virtualLink().ifPresent(vl -> requirements.add(Map.of("virtual_link", vl)));
        YamlTree properties =
                YamlTree.map().put("layer_protocols", cp.layerProtocols()).optional("order", cp.order());
        cp.addressing()
                .ifPresent(a -> L3Mapping.addressing(properties, a, linkVersion(cp.virtualLink(), links), edition));
        return YamlTree.map()
                .put(
                        "type",
                        L3Mapping.needsCpType(cp.addressing(), edition)
                                ? Sol001Extensions.VDU_CP_TYPE
                                : NfvTypes.VDU_CP)
                .put("properties", properties)
                .nonEmpty("requirements", requirements);
    }

    /** The IP version of the link a connection point is on, when the link says. */
    static Optional<String> linkVersion(Optional<String> link, Map<String, VirtualLink> links) {
        return link.map(links::get).flatMap(VirtualLink::l3).map(L3Data::ipVersion);
    }

    static Map<String, VirtualLink> byNode(List<VirtualLink> links) {
        Map<String, VirtualLink> byNode = new LinkedHashMap<>();
        links.forEach(l -> byNode.put(l.node(), l));
        return byNode;
    }

    /**
     * A VnfVirtualLink or an NsVirtualLink. VNF links say gateway and DHCP in {@code L3ProtocolData}; NS links,
     * whose {@code NsL3ProtocolData} cannot, say them through Chainline's derived NsVirtualLink.
     */
    static YamlTree virtualLink(VirtualLink vl, String type) {
        boolean ns = type.equals(NfvTypes.NS_VL);
        YamlTree profile = YamlTree.map()
                .put("max_bitrate_requirements", Map.of("root", vl.maxBitrate()))
                .put("min_bitrate_requirements", Map.of("root", vl.minBitrate()));
        vl.l3().ifPresent(l3 -> profile.put("virtual_link_protocol_data", L3Mapping.protocolData(l3, !ns)));
        YamlTree properties = YamlTree.map()
                .optional("description", vl.description())
                .put(
                        "connectivity_type",
                        YamlTree.map()
                                .put("layer_protocols", vl.layerProtocols())
                                .optional("flow_pattern", vl.flowPattern()))
                .put("vl_profile", profile);
        boolean extended = ns && L3Mapping.needsNsLinkType(vl.l3());
        if (extended) {
            L3Mapping.nsLinkExtensions(properties, vl.l3().orElseThrow());
        }
        return YamlTree.map()
                .put("type", extended ? Sol001Extensions.NS_VL_TYPE : type)
                .put("properties", properties);
    }

    /** A VnfExtCp or a Sap, with Chainline's derived type when its addressing needs it. */
    static YamlTree extCp(ExtCp cp, String type, Map<String, VirtualLink> links, Sol001Edition edition) {
        YamlTree properties = YamlTree.map().put("layer_protocols", cp.layerProtocols());
        cp.addressing()
                .ifPresent(a ->
                        L3Mapping.addressing(properties, a, linkVersion(cp.internalVirtualLink(), links), edition));
        String extended = type.equals(NfvTypes.SAP) ? Sol001Extensions.SAP_TYPE : Sol001Extensions.VNF_EXT_CP_TYPE;
        return YamlTree.map()
                .put("type", L3Mapping.needsCpType(cp.addressing(), edition) ? extended : type)
                .put("properties", properties)
                .nonEmpty(
                        "requirements",
                        cp.internalVirtualLink()
                                .map(vl -> List.of(Map.of("internal_virtual_link", vl)))
                                .orElse(List.of()));
    }

    private static Map<String, Object> groups(Flavour flavour) {
        Map<String, Object> groups = new LinkedHashMap<>();
        flavour.placementGroups()
                .forEach((name, members) -> groups.put(
                        name,
                        YamlTree.map()
                                .put("type", "tosca.groups.nfv.PlacementGroup")
                                .put("members", members)
                                .asMap()));
        return groups;
    }

    private static String title(VnfIdentity identity) {
        String title = (identity.productName() + " " + identity.softwareVersion()).trim();
        return title.isEmpty() ? "VNF descriptor" : title;
    }
}
