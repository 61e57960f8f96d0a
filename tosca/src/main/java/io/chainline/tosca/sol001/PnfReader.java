package io.chainline.tosca.sol001;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Reads a PNFD (a topology with a {@code tosca.nodes.nfv.PNF}-derived node and its {@code PnfExtCp}s), and the PNF
 * members of an NSD. A PNF's addresses are the box's own: an ext CP keeps the fixed addresses its descriptor states,
 * never a management flag (nothing here reaches a PNF).
 */
final class PnfReader {

    private static final DumpSettings FLOW = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.FLOW)
            .setWidth(Integer.MAX_VALUE)
            .build();

    static boolean isPnfd(Topology topology) {
        return !topology.nodesOf(NfvTypes.PNF).isEmpty();
    }

    PnfDescriptor read(Topology topology) {
        Optional<String> substituted = topology.substitution().flatMap(s -> s.text("node_type"));
        List<Node> pnfs = topology.nodesOf(NfvTypes.PNF);
        Node pnf = pnfs.stream()
                .filter(n -> substituted.map(n.typeName()::equals).orElse(false))
                .findFirst()
                .orElse(pnfs.getFirst());
        PnfIdentity identity = new PnfIdentity(
                pnf.typeName(),
                pnf.textOr("descriptor_id", ""),
                pnf.textOr("provider", ""),
                pnf.textOr("name", ""),
                pnf.textOr("version", ""),
                pnf.textOr("function_description", ""),
                pnf.textOr("descriptor_invariant_id", ""));
        List<ExtCp> cps = topology.nodesOf(NfvTypes.PNF_EXT_CP).stream()
                .map(PnfReader::extCp)
                .toList();
        return new PnfDescriptor(
                identity, cps, pnf.property("geographical_location_info").map(PnfReader::flow));
    }

    static ExtCp extCp(Node node) {
        Optional<CpAddressing> addressing = L3Mapping.addressing(node)
                .filter(a -> !a.fixedAddresses().isEmpty() || a.numberOfAddresses() > 0)
                .map(a -> new CpAddressing(a.fixedAddresses(), a.numberOfAddresses(), false));
        return new ExtCp(node.name(), node.strings("layer_protocols"), Optional.empty(), addressing);
    }

    /** A PNF node template of an NSD: which NS links (directly or through a Forwarding node) its ext CPs reach. */
    static PnfRef member(Node node, Topology topology) {
        Map<String, String> links = new LinkedHashMap<>();
        node.requirements().stream()
                .filter(r -> topology.node(r.getValue())
                        .map(t -> t.is(NfvTypes.NS_VL) || t.is(NfvTypes.FORWARDING))
                        .orElse(false))
                .forEach(r -> links.put(r.getKey(), r.getValue()));
        return new PnfRef(node.name(), node.typeName(), node.textOr("descriptor_id", ""), links);
    }

    /** The location as compact flow YAML, to be written back as it was given. */
    private static String flow(YNode value) {
        return new Dump(FLOW).dumpToString(plain(value)).strip();
    }

    private static Object plain(YNode value) {
        if (value instanceof YMap map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.entries().forEach((k, v) -> plain.put(k, plain(v)));
            return plain;
        }
        if (value instanceof YList list) {
            return list.items().stream().map(PnfReader::plain).toList();
        }
        return Node.scalarText(value).orElse(null);
    }
}
