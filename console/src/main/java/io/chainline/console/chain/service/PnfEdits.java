package io.chainline.console.chain.service;

import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chain's physical network functions: a PNFD of the catalog added under a node name, each of its external
 * connection points connected straight to an NS link (no forwarding node: nothing is deployed for it). Removing one
 * takes its hops with it, as removing a VNF does.
 */
public final class PnfEdits {

    private PnfEdits() {}

    /** Adds the PNFD as the chain's PNF {@code node}, unconnected. */
    public static NsDescriptor addPnf(NsDescriptor ns, String node, PnfDescriptor pnfd) {
        if (node == null || !node.matches("[A-Za-z][A-Za-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException(
                    "'" + node + "' is not a usable name: start with a letter; letters, digits, _ and - only.");
        }
        if (ChainEdits.names(ns).contains(node)) {
            throw new IllegalArgumentException("The name '" + node + "' is taken in this chain; choose another.");
        }
        List<PnfRef> pnfs = new ArrayList<>(ns.pnfs());
        pnfs.add(new PnfRef(node, pnfd.identity().nodeType(), pnfd.descriptorId(), Map.of()));
        return ns.withPnfs(pnfs);
    }

    /** The PNFD's external connection points, by the names a chain connects them under. */
    public static List<String> extCpsOf(PnfDescriptor pnfd) {
        return pnfd.extCps().stream().map(ExtCp::node).toList();
    }

    /** Connects (or moves) one external connection point of the PNF to an NS link. */
    public static NsDescriptor connect(NsDescriptor ns, String pnfNode, String extCp, String link) {
        if (ns.virtualLinks().stream().noneMatch(l -> l.node().equals(link))) {
            throw new IllegalArgumentException("There is no link '" + link + "' in this chain; add it first.");
        }
        return change(ns, pnfNode, links -> links.put(extCp, link));
    }

    public static NsDescriptor disconnect(NsDescriptor ns, String pnfNode, String extCp) {
        return change(ns, pnfNode, links -> links.remove(extCp));
    }

    /** Removes the PNF and every hop through it. */
    public static NsDescriptor removePnf(NsDescriptor ns, String node) {
        pnf(ns, node);
        List<PnfRef> pnfs = new ArrayList<>(ns.pnfs());
        pnfs.removeIf(p -> p.node().equals(node));
        List<ForwardingGraph> graphs = ns.forwardingGraphs().stream()
                .map(g -> new ForwardingGraph(
                        g.name(),
                        g.description(),
                        g.members().stream().filter(m -> !m.equals(node)).toList(),
                        g.paths().stream().map(p -> withoutHop(p, node)).toList()))
                .toList();
        return ChainEdits.with(ns, ns.vnfs(), ns.virtualLinks(), ns.forwarders(), graphs)
                .withPnfs(pnfs);
    }

    /** Every PNF connection to {@code link} goes (the link is being removed). */
    static NsDescriptor offLink(NsDescriptor ns, String link) {
        return ns.withPnfs(ns.pnfs().stream()
                .map(p -> {
                    Map<String, String> links = new LinkedHashMap<>(p.virtualLinks());
                    links.values().removeIf(link::equals);
                    return new PnfRef(p.node(), p.nodeType(), p.descriptorId(), links);
                })
                .toList());
    }

    static PnfRef pnf(NsDescriptor ns, String node) {
        return ns.pnfs().stream()
                .filter(p -> p.node().equals(node))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no PNF '" + node + "' in this chain."));
    }

    private static NsDescriptor change(
            NsDescriptor ns, String pnfNode, java.util.function.Consumer<Map<String, String>> edit) {
        PnfRef pnf = pnf(ns, pnfNode);
        Map<String, String> links = new LinkedHashMap<>(pnf.virtualLinks());
        edit.accept(links);
        return ns.withPnfs(ns.pnfs().stream()
                .map(p -> p.node().equals(pnfNode) ? new PnfRef(p.node(), p.nodeType(), p.descriptorId(), links) : p)
                .toList());
    }

    private static ForwardingPath withoutHop(ForwardingPath path, String node) {
        List<ForwardingPath.Position> positions = path.positions().stream()
                .filter(q ->
                        q.elements().stream().noneMatch(e -> e.profileElements().contains(node)))
                .toList();
        return new ForwardingPath(path.node(), positions, path.rules());
    }
}
