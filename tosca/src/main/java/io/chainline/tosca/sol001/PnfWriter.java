package io.chainline.tosca.sol001;

import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.Sol001Edition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Writes a PNFD (SOL001 v3+: the editions whose PNFD types the engine has). The PNF's own type, derived from
 * {@code tosca.nodes.nfv.PNF}, declares one {@code virtual_link}-like requirement per ext CP, named as the CP, and the
 * substitution mapping maps it to the CP's {@code external_virtual_link}: how SOL001 says which NS link reaches
 * which CP when an NSD uses the PNF.
 */
final class PnfWriter {

    private final Sol001Edition edition;

    PnfWriter(Sol001Edition edition) {
        this.edition = edition;
    }

    String write(PnfDescriptor pnf) {
        PnfIdentity id = pnf.identity();
        boolean ownType = !id.nodeType().equals(PnfIdentity.BASE_TYPE);
        YamlTree nodes = YamlTree.map();
        nodes.put(pnfNodeName(pnf), pnfNode(pnf));
        pnf.extCps().forEach(cp -> nodes.put(cp.node(), extCp(cp)));
        Map<String, Object> requirements = new LinkedHashMap<>();
        if (ownType) {
            pnf.extCps().forEach(cp -> requirements.put(cp.node(), List.of(cp.node(), "external_virtual_link")));
        }
        YamlTree topology = YamlTree.map()
                .put(
                        "substitution_mappings",
                        YamlTree.map().put("node_type", id.nodeType()).nonEmpty("requirements", requirements))
                .put("node_templates", nodes);
        Map<String, Object> types = new LinkedHashMap<>();
        if (ownType) {
            types.put(
                    id.nodeType(),
                    pnfType(pnf.extCps().stream().map(ExtCp::node).toList(), Map.of()));
        }
        return YamlTree.map()
                .put("tosca_definitions_version", edition.toscaVersion())
                .put("description", id.name().isEmpty() ? "Physical network function descriptor" : id.name())
                .put("imports", List.of(edition.typesUrl("common"), edition.typesUrl("pnfd")))
                .nonEmpty("node_types", types)
                .put("topology_template", topology)
                .dump();
    }

    /** A PNF type: derived from the base type, one requirement per ext CP, and property defaults when given. */
    static Map<String, Object> pnfType(List<String> requirementNames, Map<String, Object> properties) {
        List<Object> requirements = new ArrayList<>();
        requirementNames.forEach(name -> requirements.add(Map.of(
                name,
                Map.of(
                        "capability", "tosca.capabilities.nfv.VirtualLinkable",
                        "relationship", "tosca.relationships.nfv.VirtualLinksTo",
                        "occurrences", List.of(0, 1)))));
        return YamlTree.map()
                .put("derived_from", PnfIdentity.BASE_TYPE)
                .nonEmpty("properties", properties)
                .nonEmpty("requirements", requirements)
                .asMap();
    }

    private static String pnfNodeName(PnfDescriptor pnf) {
        String base = Names.safe(
                pnf.identity().name().isEmpty() ? "pnf" : pnf.identity().name());
        String name = base;
        for (int n = 2; isCp(pnf, name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static boolean isCp(PnfDescriptor pnf, String name) {
        return pnf.extCps().stream().anyMatch(cp -> cp.node().equals(name));
    }

    private static YamlTree pnfNode(PnfDescriptor pnf) {
        PnfIdentity id = pnf.identity();
        YamlTree properties = YamlTree.map()
                .put("descriptor_id", id.descriptorId())
                .put("function_description", id.functionDescription())
                .put("provider", id.provider())
                .put("version", id.version())
                .put("descriptor_invariant_id", id.invariantId())
                .put("name", id.name());
        pnf.geographicalLocation().ifPresent(location -> properties.put("geographical_location_info", parse(location)));
        return YamlTree.map().put("type", id.nodeType()).put("properties", properties);
    }

    private YamlTree extCp(ExtCp cp) {
        YamlTree properties = YamlTree.map().put("layer_protocols", cp.layerProtocols());
        cp.addressing().ifPresent(a -> L3Mapping.addressing(properties, a, Optional.empty(), edition));
        return YamlTree.map().put("type", NfvTypes.PNF_EXT_CP).put("properties", properties);
    }

    private static Object parse(String flowYaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(flowYaml);
    }
}
