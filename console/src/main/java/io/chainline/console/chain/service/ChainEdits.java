package io.chainline.console.chain.service;

import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
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
 * The chain editor's operations, as pure functions from one NS model to the next, so every button in the UI is a
 * tested step and the model never holds half an edit. A VNF's connection to an NS link is a {@code Forwarding} node
 * named after the VNF and its requirement ({@code firewall_cp2}); forwarding-path hops go through those nodes, so
 * removing a VNF or a link takes its connections and hops with it instead of leaving them dangling.
 */
public final class ChainEdits {

    /** The graph and path the editor works on when the chain has none yet. */
    static final String GRAPH = "traffic";

    static final String PATH = "main";
    static final String RULE = "classifier";

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
        NsDescriptor result = ns;
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

    /**
     * Connects one of the VNF's exposed requirements to an NS link through a forwarding node, replacing an earlier
     * connection of the same requirement.
     */
    public static NsDescriptor connect(NsDescriptor ns, String vnfNode, String requirement, String link) {
        if (ns.virtualLinks().stream().noneMatch(l -> l.node().equals(link))) {
            throw new IllegalArgumentException("There is no link '" + link + "' in this chain; add it first.");
        }
        NsDescriptor result =
                vnf(ns, vnfNode).virtualLinks().containsKey(requirement) ? disconnect(ns, vnfNode, requirement) : ns;
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

    /** The path the editor shows: the first of the first graph, or an empty one to start from. */
    public static ForwardingPath path(NsDescriptor ns) {
        return ns.forwardingGraphs().stream()
                .flatMap(g -> g.paths().stream())
                .findFirst()
                .orElse(new ForwardingPath(PATH, List.of(), List.of()));
    }

    /** Appends a hop through the VNF's connections, entered on the link the previous hop left on. */
    public static NsDescriptor addHop(NsDescriptor ns, String vnfNode, String behaviour) {
        List<String> points = List.copyOf(vnf(ns, vnfNode).virtualLinks().values());
        if (points.isEmpty()) {
            throw new IllegalArgumentException(
                    "VNF " + vnfNode + " is not connected to any link; connect it before routing traffic through it.");
        }
        ForwardingPath path = path(ns);
        String hop = unique(ns, "hop", path.positions().size() + 1);
        List<ForwardingPath.Position> positions = new ArrayList<>(path.positions());
        positions.add(new ForwardingPath.Position(
                hop, Optional.of(behaviour), List.of(new ForwardingPath.Element(hop + "_el", points))));
        return withPath(ns, new ForwardingPath(path.node(), orient(ns, positions), path.rules()));
    }

    public static NsDescriptor removeHop(NsDescriptor ns, int index) {
        ForwardingPath path = path(ns);
        List<ForwardingPath.Position> positions = new ArrayList<>(path.positions());
        positions.remove(index);
        return withPath(ns, new ForwardingPath(path.node(), orient(ns, positions), path.rules()));
    }

    /** Moves hop {@code index} one place earlier ({@code -1}) or later ({@code +1}); hops turn to stay connected. */
    public static NsDescriptor moveHop(NsDescriptor ns, int index, int delta) {
        ForwardingPath path = path(ns);
        int target = index + delta;
        if (target < 0 || target >= path.positions().size()) {
            return ns;
        }
        List<ForwardingPath.Position> positions = new ArrayList<>(path.positions());
        positions.add(target, positions.remove(index));
        return withPath(ns, new ForwardingPath(path.node(), orient(ns, positions), path.rules()));
    }

    /** Replaces the path's classifier: criteria by SOL001 NfpRule property name; blank values are left out. */
    public static NsDescriptor classify(NsDescriptor ns, Map<String, String> criteria) {
        Map<String, String> kept = new LinkedHashMap<>();
        criteria.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(key, value.trim());
            }
        });
        ForwardingPath path = path(ns);
        String name = path.rules().isEmpty() ? RULE : path.rules().getFirst().name();
        List<ForwardingPath.Rule> rules = new ArrayList<>(path.rules());
        if (!rules.isEmpty()) {
            rules.removeFirst();
        }
        if (!kept.isEmpty()) {
            rules.addFirst(new ForwardingPath.Rule(name, kept));
        }
        return withPath(ns, new ForwardingPath(path.node(), path.positions(), rules));
    }

    /** The VNF a hop goes through, when its points are one VNF's connections. */
    public static Optional<String> vnfOfHop(NsDescriptor ns, ForwardingPath.Position position) {
        List<String> points = position.elements().stream()
                .flatMap(e -> e.profileElements().stream())
                .toList();
        return ns.vnfs().stream()
                .filter(v -> !points.isEmpty()
                        && (v.virtualLinks().values().containsAll(points) || points.equals(List.of(v.node()))))
                .map(VnfProfileRef::node)
                .findFirst();
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

    /**
     * Turns two-point hops so each is entered on the link the hop before it left on: the order a designer picks is
     * the order of VNFs, and which of a VNF's points is "in" follows from it.
     */
    static List<ForwardingPath.Position> orient(NsDescriptor ns, List<ForwardingPath.Position> positions) {
        List<ForwardingPath.Position> result = new ArrayList<>();
        Optional<String> previous = Optional.empty();
        for (ForwardingPath.Position position : positions) {
            ForwardingPath.Position turned = position;
            if (position.elements().size() == 1
                    && position.elements().getFirst().profileElements().size() == 2) {
                ForwardingPath.Element element = position.elements().getFirst();
                List<String> points = element.profileElements();
                Optional<String> enteredOn = linkOf(ns, points.getFirst());
                Optional<String> otherEnd = linkOf(ns, points.getLast());
                boolean reversed = previous.isPresent() && !previous.equals(enteredOn) && previous.equals(otherEnd);
                boolean firstReversed = previous.isEmpty() && entersNext(ns, positions, result.size(), otherEnd);
                if (reversed || firstReversed) {
                    turned = new ForwardingPath.Position(
                            position.node(),
                            position.behaviour(),
                            List.of(new ForwardingPath.Element(element.node(), points.reversed())));
                }
            }
            List<String> points = turned.elements().stream()
                    .flatMap(e -> e.profileElements().stream())
                    .toList();
            previous = points.isEmpty() ? Optional.empty() : linkOf(ns, points.getLast());
            result.add(turned);
        }
        return result;
    }

    /** Whether the first hop's current entry link is where the second hop is entered (so the first is backwards). */
    private static boolean entersNext(
            NsDescriptor ns, List<ForwardingPath.Position> positions, int index, Optional<String> otherEnd) {
        if (index + 1 >= positions.size() || otherEnd.isEmpty()) {
            return false;
        }
        List<String> first = positions.get(index).elements().getFirst().profileElements();
        Optional<String> entry = linkOf(ns, first.getFirst());
        List<String> next = positions.get(index + 1).elements().stream()
                .flatMap(e -> e.profileElements().stream())
                .toList();
        return entry.isPresent() && next.stream().map(p -> linkOf(ns, p)).anyMatch(entry::equals);
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

    private static List<String> names(NsDescriptor ns) {
        List<String> names = new ArrayList<>();
        ns.vnfs().forEach(v -> names.add(v.node()));
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

    private static String unique(NsDescriptor ns, String stem, int from) {
        List<String> taken = names(ns);
        int n = from;
        while (taken.contains(stem + n) || taken.contains(stem + n + "_el")) {
            n++;
        }
        return stem + n;
    }

    private static VnfProfileRef vnf(NsDescriptor ns, String node) {
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

    /** Puts the edited path first in the first graph, creating the graph; members follow the VNFs on the path. */
    private static NsDescriptor withPath(NsDescriptor ns, ForwardingPath path) {
        List<ForwardingGraph> graphs = new ArrayList<>(ns.forwardingGraphs());
        ForwardingGraph graph = graphs.isEmpty()
                ? new ForwardingGraph(GRAPH, "Traffic through the chain", List.of(), List.of())
                : graphs.removeFirst();
        List<ForwardingPath> paths = new ArrayList<>(graph.paths());
        if (!paths.isEmpty()) {
            paths.removeFirst();
        }
        paths.addFirst(path);
        List<String> members = new ArrayList<>();
        paths.forEach(p -> members.add(p.node()));
        for (ForwardingPath p : paths) {
            p.positions()
                    .forEach(q ->
                            vnfOfHop(ns, q).filter(v -> !members.contains(v)).ifPresent(members::add));
        }
        graph.members().stream().filter(m -> !members.contains(m)).forEach(members::add);
        graphs.addFirst(new ForwardingGraph(graph.name(), graph.description(), members, paths));
        return with(ns, ns.vnfs(), ns.virtualLinks(), ns.forwarders(), graphs);
    }

    private static NsDescriptor with(
            NsDescriptor ns,
            List<VnfProfileRef> vnfs,
            List<VirtualLink> links,
            List<NsDescriptor.Forwarder> forwarders,
            List<ForwardingGraph> graphs) {
        return new NsDescriptor(ns.identity(), vnfs, ns.saps(), links, forwarders, graphs, ns.exposed());
    }
}
