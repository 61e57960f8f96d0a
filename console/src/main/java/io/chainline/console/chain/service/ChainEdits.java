package io.chainline.console.chain.service;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The chain editor's operations on VNFs, links and connections, as pure functions from one NS model to the next, so
 * every button in the UI is a tested step and the model never holds half an edit ({@link ChainPaths} does the
 * forwarding path). A VNF's connection to an NS link is a {@code Forwarding} node
 * named after the VNF and its requirement ({@code firewall_cp2}); forwarding-path hops go through those nodes, so
 * removing a VNF or a link takes its connections and hops with it instead of leaving them dangling.
 */
public final class ChainEdits {

    private ChainEdits() {}

    /** An empty draft: a name, its designer and a first version, with nothing in it yet. */
    public static NsDescriptor blank(String name, String designer) {
        String key = name.trim().replaceAll("[^A-Za-z0-9]+", "_");
        return new NsDescriptor(
                new NsIdentity(
                        "chainline." + key + ".NS",
                        UUID.randomUUID().toString(),
                        designer,
                        "1.0",
                        name.trim(),
                        UUID.randomUUID().toString(),
                        "default"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Names the chain's VNF node, the catalog VNFD it uses, its first flavour and that flavour's default level. */
    public static NsDescriptor addVnf(NsDescriptor ns, String node, VnfDescriptor vnfd) {
        requireName(node);
        if (names(ns).contains(node)) {
            throw new IllegalArgumentException("The name '" + node + "' is taken in this chain; choose another.");
        }
        var flavour = vnfd.flavours().getFirst();
        VnfProfileRef ref = new VnfProfileRef(
                node,
                vnfType(vnfd.identity()),
                vnfd.descriptorId(),
                flavour.id(),
                flavour.defaultLevel(),
                1,
                1,
                Map.of());
        List<VnfProfileRef> vnfs = new ArrayList<>(ns.vnfs());
        vnfs.add(ref);
        return with(ns, vnfs, ns.virtualLinks(), ns.forwarders(), ns.forwardingGraphs());
    }

    /** Removes the VNF, its connections and every hop through it. */
    public static NsDescriptor removeVnf(NsDescriptor ns, String node) {
        VnfProfileRef vnf = vnf(ns, node);
        NsDescriptor result = ns;
        for (String requirement : List.copyOf(vnf.virtualLinks().keySet())) {
            result = disconnect(result, node, requirement);
        }
        List<VnfProfileRef> vnfs = new ArrayList<>(result.vnfs());
        vnfs.removeIf(v -> v.node().equals(node));
        return with(result, vnfs, result.virtualLinks(), result.forwarders(), withoutMember(result, node));
    }

    /** Adds an NS virtual link carrying the given layer protocol. */
    public static NsDescriptor addLink(NsDescriptor ns, String node, String layerProtocol) {
        requireName(node);
        if (names(ns).contains(node)) {
            throw new IllegalArgumentException("The name '" + node + "' is taken in this chain; choose another.");
        }
        List<VirtualLink> links = new ArrayList<>(ns.virtualLinks());
        links.add(new VirtualLink(node, Optional.empty(), List.of(layerProtocol), Optional.of("line"), 0, 0));
        return with(ns, ns.vnfs(), links, ns.forwarders(), ns.forwardingGraphs());
    }

    /** Removes the link and every VNF connection on it (and so the hops through those connections). */
    public static NsDescriptor removeLink(NsDescriptor ns, String link) {
        NsDescriptor result = PnfEdits.offLink(ns, link);
        for (VnfProfileRef vnf : ns.vnfs()) {
            for (var entry : vnf.virtualLinks().entrySet()) {
                if (linkOf(ns, entry.getValue()).filter(link::equals).isPresent()) {
                    result = disconnect(result, vnf.node(), entry.getKey());
                }
            }
        }
        List<VirtualLink> links = new ArrayList<>(result.virtualLinks());
        links.removeIf(l -> l.node().equals(link));
        return with(result, result.vnfs(), links, result.forwarders(), result.forwardingGraphs());
    }

    /** Sets an NS link's subnet as typed; empty: Chainline allocates one at deploy time. */
    public static NsDescriptor setSubnet(NsDescriptor ns, String link, Optional<L3Data> l3) {
        if (ns.virtualLinks().stream().noneMatch(l -> l.node().equals(link))) {
            throw new IllegalArgumentException("There is no link '" + link + "' in this chain.");
        }
        List<VirtualLink> links = ns.virtualLinks().stream()
                .map(l -> l.node().equals(link) ? l.withL3(l3) : l)
                .toList();
        return with(ns, ns.vnfs(), links, ns.forwarders(), ns.forwardingGraphs());
    }

    /** Sets how a SAP gets its addresses (fixed or allocated) and whether it is a management access point. */
    public static NsDescriptor setSapAddressing(NsDescriptor ns, String sap, Optional<CpAddressing> addressing) {
        if (ns.saps().stream().noneMatch(s -> s.node().equals(sap))) {
            throw new IllegalArgumentException("There is no service access point '" + sap + "' in this chain.");
        }
        List<ExtCp> saps = ns.saps().stream()
                .map(s -> s.node().equals(sap) ? s.withAddressing(addressing) : s)
                .toList();
        return new NsDescriptor(
                ns.identity(),
                ns.vnfs(),
                saps,
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed(),
                ns.pnfs());
    }

    /**
     * Connects one of the VNF's exposed requirements to an NS link through a forwarding node. Re-pointing a connected
     * requirement moves its forwarding node to the other link: the node (and so every hop through it) stays, and
     * the paths turn to enter each hop on the link the hop before left on. Dropping the connection first, as this
     * once did, silently took its hops with it.
     */
    public static NsDescriptor connect(NsDescriptor ns, String vnfNode, String requirement, String link) {
        if (ns.virtualLinks().stream().noneMatch(l -> l.node().equals(link))) {
            throw new IllegalArgumentException("There is no link '" + link + "' in this chain; add it first.");
        }
        String existing = vnf(ns, vnfNode).virtualLinks().get(requirement);
        if (existing != null && ns.forwarders().stream().anyMatch(f -> f.node().equals(existing))) {
            return repoint(ns, existing, link);
        }
        NsDescriptor result = existing != null ? disconnect(ns, vnfNode, requirement) : ns;
        String point = pointName(vnfNode, requirement);
        List<NsDescriptor.Forwarder> forwarders = new ArrayList<>(result.forwarders());
        forwarders.add(new NsDescriptor.Forwarder(point, Optional.of(link)));
        List<VnfProfileRef> vnfs = replace(result.vnfs(), vnfNode, v -> {
            Map<String, String> links = new LinkedHashMap<>(v.virtualLinks());
            links.put(requirement, point);
            return withLinks(v, links);
        });
        return with(result, vnfs, result.virtualLinks(), forwarders, result.forwardingGraphs());
    }

    /** The forwarding node moves to another link; hops through it stay and are turned to keep the path connected. */
    private static NsDescriptor repoint(NsDescriptor ns, String point, String link) {
        List<NsDescriptor.Forwarder> forwarders = ns.forwarders().stream()
                .map(f -> f.node().equals(point) ? new NsDescriptor.Forwarder(point, Optional.of(link)) : f)
                .toList();
        NsDescriptor moved = with(ns, ns.vnfs(), ns.virtualLinks(), forwarders, ns.forwardingGraphs());
        List<ForwardingGraph> graphs = moved.forwardingGraphs().stream()
                .map(g -> mapPaths(
                        g, p -> new ForwardingPath(p.node(), ChainPaths.orient(moved, p.positions()), p.rules())))
                .toList();
        return with(moved, moved.vnfs(), moved.virtualLinks(), forwarders, graphs);
    }

    /** Undoes {@link #connect}: the forwarding node goes, and with it the hops' references to it. */
    public static NsDescriptor disconnect(NsDescriptor ns, String vnfNode, String requirement) {
        String point = vnf(ns, vnfNode).virtualLinks().get(requirement);
        if (point == null) {
            return ns;
        }
        List<VnfProfileRef> vnfs = replace(ns.vnfs(), vnfNode, v -> {
            Map<String, String> links = new LinkedHashMap<>(v.virtualLinks());
            links.remove(requirement);
            return withLinks(v, links);
        });
        List<NsDescriptor.Forwarder> forwarders = new ArrayList<>(ns.forwarders());
        forwarders.removeIf(f -> f.node().equals(point));
        List<ForwardingGraph> graphs = ns.forwardingGraphs().stream()
                .map(g -> mapPaths(g, p -> withoutPoint(p, point)))
                .toList();
        return with(ns, vnfs, ns.virtualLinks(), forwarders, graphs);
    }

    /** The requirements a catalog VNFD exposes for NS links (its substitution mapping), in its order. */
    public static List<String> requirementsOf(VnfDescriptor vnfd) {
        return vnfd.flavours().getFirst().exposed().stream()
                .map(ExposedRequirement::name)
                .distinct()
                .toList();
    }

    /** The NS link a forwarding node sits on. */
    public static Optional<String> linkOf(NsDescriptor ns, String point) {
        return ns.forwarders().stream()
                .filter(f -> f.node().equals(point))
                .findFirst()
                .flatMap(NsDescriptor.Forwarder::virtualLink)
                .or(() -> ns.virtualLinks().stream()
                        .map(VirtualLink::node)
                        .filter(point::equals)
                        .findFirst());
    }

    /** {@code virtual_link} → {@code firewall_cp}, {@code virtual_link_2} → {@code firewall_cp2}, else by name. */
    static String pointName(String vnfNode, String requirement) {
        if (requirement.equals("virtual_link")) {
            return vnfNode + "_cp";
        }
        if (requirement.matches("virtual_link_\\d+")) {
            return vnfNode + "_cp" + requirement.substring("virtual_link_".length());
        }
        return vnfNode + "_" + requirement;
    }

    private static String vnfType(VnfIdentity identity) {
        if (!identity.nodeType().equals(VnfIdentity.BASE_TYPE)) {
            return identity.nodeType();
        }
        String product = identity.productName().replaceAll("[^A-Za-z0-9]+", "_");
        String version = identity.softwareVersion().replaceAll("[^A-Za-z0-9]+", "_");
        return "chainline." + product + "_" + version + ".VNF";
    }

    private static void requireName(String node) {
        if (node == null || !node.matches("[A-Za-z][A-Za-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException(
                    "'" + node + "' is not a usable name: start with a letter; letters, digits, _ and - only.");
        }
    }

    static List<String> names(NsDescriptor ns) {
        List<String> names = new ArrayList<>();
        ns.vnfs().forEach(v -> names.add(v.node()));
        ns.pnfs().forEach(p -> names.add(p.node()));
        ns.virtualLinks().forEach(l -> names.add(l.node()));
        ns.forwarders().forEach(f -> names.add(f.node()));
        ns.saps().forEach(s -> names.add(s.node()));
        ns.forwardingGraphs()
                .forEach(g -> g.paths().forEach(p -> {
                    names.add(p.node());
                    p.positions().forEach(q -> {
                        names.add(q.node());
                        q.elements().forEach(e -> names.add(e.node()));
                    });
                }));
        return names;
    }

    static VnfProfileRef vnf(NsDescriptor ns, String node) {
        return ns.vnfs().stream()
                .filter(v -> v.node().equals(node))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no VNF '" + node + "' in this chain."));
    }

    private static VnfProfileRef withLinks(VnfProfileRef v, Map<String, String> links) {
        return new VnfProfileRef(
                v.node(),
                v.nodeType(),
                v.descriptorId(),
                v.flavourId(),
                v.instantiationLevel(),
                v.minInstances(),
                v.maxInstances(),
                links);
    }

    private static List<VnfProfileRef> replace(
            List<VnfProfileRef> vnfs, String node, UnaryOperator<VnfProfileRef> change) {
        return vnfs.stream()
                .map(v -> v.node().equals(node) ? change.apply(v) : v)
                .toList();
    }

    private static ForwardingPath withoutPoint(ForwardingPath path, String point) {
        List<ForwardingPath.Position> positions = new ArrayList<>();
        for (ForwardingPath.Position position : path.positions()) {
            List<ForwardingPath.Element> elements = position.elements().stream()
                    .map(e -> new ForwardingPath.Element(
                            e.node(),
                            e.profileElements().stream()
                                    .filter(p -> !p.equals(point))
                                    .toList()))
                    .filter(e -> !e.profileElements().isEmpty())
                    .toList();
            if (!elements.isEmpty()) {
                positions.add(new ForwardingPath.Position(position.node(), position.behaviour(), elements));
            }
        }
        return new ForwardingPath(path.node(), positions, path.rules());
    }

    private static ForwardingGraph mapPaths(ForwardingGraph graph, UnaryOperator<ForwardingPath> change) {
        return new ForwardingGraph(
                graph.name(),
                graph.description(),
                graph.members(),
                graph.paths().stream().map(change).toList());
    }

    private static List<ForwardingGraph> withoutMember(NsDescriptor ns, String node) {
        return ns.forwardingGraphs().stream()
                .map(g -> new ForwardingGraph(
                        g.name(),
                        g.description(),
                        g.members().stream().filter(m -> !m.equals(node)).toList(),
                        g.paths()))
                .toList();
    }

    static NsDescriptor with(
            NsDescriptor ns,
            List<VnfProfileRef> vnfs,
            List<VirtualLink> links,
            List<NsDescriptor.Forwarder> forwarders,
            List<ForwardingGraph> graphs) {
        return new NsDescriptor(ns.identity(), vnfs, ns.saps(), links, forwarders, graphs, ns.exposed(), ns.pnfs());
    }
}
