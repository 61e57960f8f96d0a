package io.chainline.console.chain.service;

import static io.chainline.console.chain.service.ChainEdits.linkOf;
import static io.chainline.console.chain.service.ChainEdits.names;
import static io.chainline.console.chain.service.ChainEdits.vnf;
import static io.chainline.console.chain.service.ChainEdits.with;

import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain editor's forwarding-path operations: hops appended, moved and removed (each turned to enter on the link
 * the hop before left on) and the classifier, as pure functions from one NS model to the next.
 */
public final class ChainPaths {

    /** The graph, path and rule the editor works on when the chain has none yet. */
    static final String GRAPH = "traffic";

    static final String PATH = "main";
    static final String RULE = "classifier";

    private ChainPaths() {}

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

    private static String unique(NsDescriptor ns, String stem, int from) {
        List<String> taken = names(ns);
        int n = from;
        while (taken.contains(stem + n) || taken.contains(stem + n + "_el")) {
            n++;
        }
        return stem + n;
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
}
