package io.chainline.console.chain.service;

import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.springframework.stereotype.Component;

/**
 * A service chain as a picture: VNFs, service access points and NS virtual links as boxes, laid out left to right
 * by Eclipse ELK's layered algorithm so the forwarding path reads in order, and rendered as SVG on the server (no
 * frontend build). Path hops are drawn as numbered, highlighted edges; each path starts at a box showing its
 * classifier (the NfpRule criteria that select its traffic), with an arrow to where the path enters, so even a
 * one-hop path shows where traffic goes.
 */
@Component
public class ChainPicture {

    /** The drawing and what it shows, for callers that check it. */
    public record Picture(String svg, int vnfs, int links, Map<String, List<String>> pathOrder) {}

    private record Box(String id, String kind, String label, String detail) {}

    /**
     * Something a caller wants a box flagged with (the deployment page: a VNF's or link's worst active alarm): an
     * outline in {@code colour} and a small disc with {@code letter} at the box's corner, {@code title} as its tooltip.
     * Plain strings, so the chain feature needs to know nothing about what the mark means.
     */
    public record Mark(String letter, String colour, String title, String kind) {}

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    public Picture draw(NsDescriptor ns) {
        return draw(ns, Map.of());
    }

    /** As {@link #draw(NsDescriptor)}, with {@code marks} by node name (VNF or link) drawn on their boxes. */
    public Picture draw(NsDescriptor ns, Map<String, Mark> marks) {
        return draw(ns, marks, Map.of());
    }

    /**
     * As {@link #draw(NsDescriptor, Map)}, with a line of {@code notes} by VNF node name written in its box under its
     * type (a deployment's live traffic through the NF).
     */
    public Picture draw(NsDescriptor ns, Map<String, Mark> marks, Map<String, String> notes) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, Box> boxes = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>(); // forwarding point or SAP → the box it belongs to
        addBoxes(ns, notes, root, nodes, boxes, owner);
        List<ElkEdge> wires = wires(ns, nodes, owner);
        Map<String, List<String>> order = new LinkedHashMap<>();
        List<ElkEdge> hops = new ArrayList<>();
        List<ElkEdge> entries = new ArrayList<>();
        ns.forwardingGraphs()
                .forEach(g -> g.paths().forEach(path -> {
                    List<String> visited = visits(path, owner);
                    order.put(path.node(), visited);
                    if (!visited.isEmpty()) {
                        Box classifier = classifier(path);
                        add(root, nodes, boxes, classifier, width(classifier), 26 + 13.0 * lines(classifier));
                        entries.add(ElkGraphUtil.createSimpleEdge(
                                nodes.get(classifier.id()), nodes.get(visited.getFirst())));
                    }
                    for (int i = 1; i < visited.size(); i++) {
                        hops.add(ElkGraphUtil.createSimpleEdge(
                                nodes.get(visited.get(i - 1)), nodes.get(visited.get(i))));
                    }
                }));
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        String svg = new Svg(root, nodes, boxes, wires, hops, entries, marks).render();
        return new Picture(svg, ns.vnfs().size(), ns.virtualLinks().size(), order);
    }

    /** A box per VNF, SAP and link, in that order (the layout keeps it); a SAP owns its own point. */
    private static void addBoxes(
            NsDescriptor ns,
            Map<String, String> notes,
            ElkNode root,
            Map<String, ElkNode> nodes,
            Map<String, Box> boxes,
            Map<String, String> owner) {
        for (VnfProfileRef vnf : ns.vnfs()) {
            String type = vnf.flavourId().isEmpty() ? vnf.nodeType() : vnf.nodeType() + " · " + vnf.flavourId();
            String note = notes.get(vnf.node());
            add(
                    root,
                    nodes,
                    boxes,
                    new Box(vnf.node(), "vnf", vnf.node(), note == null ? type : type + "\n" + note),
                    170,
                    note == null ? 56 : 69);
        }
        for (PnfRef pnf : ns.pnfs()) {
            // physical: its own shape and words, so nobody looks for it among what was deployed
            add(root, nodes, boxes, new Box(pnf.node(), "pnf", pnf.node(), "PNF · physical, not deployed"), 170, 44);
        }
        for (ExtCp sap : ns.saps()) {
            add(root, nodes, boxes, new Box(sap.node(), "sap", sap.node(), "SAP"), 110, 36);
            owner.put(sap.node(), sap.node());
        }
        for (VirtualLink link : ns.virtualLinks()) {
            add(
                    root,
                    nodes,
                    boxes,
                    new Box(link.node(), "link", link.node(), String.join("/", link.layerProtocols())),
                    120,
                    30);
        }
    }

    /**
     * A wire from each VNF and SAP to the link it is on (through its forwarding point, if it names one); each
     * point a VNF connects becomes that VNF's, so the hops through it are drawn to the VNF's box.
     */
    private static List<ElkEdge> wires(NsDescriptor ns, Map<String, ElkNode> nodes, Map<String, String> owner) {
        List<ElkEdge> wires = new ArrayList<>();
        Map<String, String> forwarderLink = new LinkedHashMap<>();
        ns.forwarders().forEach(f -> f.virtualLink().ifPresent(l -> forwarderLink.put(f.node(), l)));
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        ns.vnfs().forEach(vnf -> members.put(vnf.node(), vnf.virtualLinks()));
        ns.pnfs().forEach(pnf -> members.put(pnf.node(), pnf.virtualLinks()));
        members.forEach((member, connections) -> connections.forEach((requirement, target) -> {
            owner.putIfAbsent(target, member);
            String link = nodes.containsKey(target) ? target : forwarderLink.get(target);
            if (link != null && nodes.containsKey(link)) {
                wires.add(ElkGraphUtil.createSimpleEdge(nodes.get(member), nodes.get(link)));
            }
        }));
        ns.pnfs().forEach(pnf -> owner.putIfAbsent(pnf.node(), pnf.node()));
        ns.saps()
                .forEach(s -> s.internalVirtualLink()
                        .filter(nodes::containsKey)
                        .ifPresent(l -> wires.add(ElkGraphUtil.createSimpleEdge(nodes.get(s.node()), nodes.get(l)))));
        return wires;
    }

    /** The path's classifier: its first rule's criteria, one per line, or "all traffic" when it has none. */
    private static Box classifier(ForwardingPath path) {
        String id = "classifier:" + path.node();
        if (path.rules().isEmpty()) {
            return new Box(id, "classifier", "path " + path.node(), "all traffic");
        }
        ForwardingPath.Rule rule = path.rules().getFirst();
        List<String> criteria = new ArrayList<>();
        rule.criteria().forEach((key, value) -> criteria.add(key + " = " + value));
        return new Box(id, "classifier", "path " + path.node() + " · " + rule.name(), String.join("\n", criteria));
    }

    private static int lines(Box box) {
        return box.detail().split("\n", -1).length;
    }

    private static double width(Box box) {
        int longest = box.label().length();
        for (String line : box.detail().split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return Math.min(320, Math.max(120, 16 + 6.5 * longest));
    }

    /** The boxes a path passes through, in order, each once in a row (in and out of one VNF is one visit). */
    private static List<String> visits(ForwardingPath path, Map<String, String> owner) {
        List<String> visited = new ArrayList<>();
        for (ForwardingPath.Position position : path.positions()) {
            position.elements().stream()
                    .flatMap(e -> e.profileElements().stream())
                    .map(p -> Optional.ofNullable(owner.get(p)))
                    .flatMap(Optional::stream)
                    .filter(box -> visited.isEmpty() || !visited.getLast().equals(box))
                    .forEach(visited::add);
        }
        return visited;
    }

    private static void add(
            ElkNode root, Map<String, ElkNode> nodes, Map<String, Box> boxes, Box box, double w, double h) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setIdentifier(box.id());
        node.setDimensions(w, h);
        nodes.put(box.id(), node);
        boxes.put(box.id(), box);
    }

    /** Writes the laid-out graph as SVG: plain elements with classes and data attributes tests and CSS can use. */
    private record Svg(
            ElkNode root,
            Map<String, ElkNode> nodes,
            Map<String, Box> boxes,
            List<ElkEdge> wires,
            List<ElkEdge> hops,
            List<ElkEdge> entries,
            Map<String, Mark> marks) {

        /** The arrow head and the picture's styles, the same in every picture. */
        private static final String DEFS_AND_STYLE = "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\""
                + " refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path"
                + " d=\"M0,0 L10,5 L0,10 z\" fill=\"#d9480f\"/></marker></defs>"
                + "<style>.vnf rect{fill:#e7f0ff;stroke:#1c6ed3}.sap circle{fill:#fff4e6;stroke:#d9480f}"
                + ".link rect{fill:#f1f3f5;stroke:#868e96}.pnf rect{fill:#f3f0ff;stroke:#5f3dc4;stroke-width:2.5}.wire{stroke:#868e96;fill:none}"
                + ".nfp{stroke:#d9480f;stroke-width:2.5;fill:none}text{font:12px sans-serif}"
                + ".detail{fill:#495057;font-size:10px}.hop{fill:#d9480f;font-weight:bold}"
                + ".classifier rect{fill:#fff9db;stroke:#d9480f;stroke-dasharray:4 2}"
                + ".nfp-entry{stroke:#d9480f;stroke-width:2;stroke-dasharray:6 3;fill:none}</style>";

        String render() {
            double width = root.getWidth() + 40;
            double height = root.getHeight() + 40;
            StringBuilder out = new StringBuilder();
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain\" viewBox=\"-20 -20 ")
                    .append(num(width))
                    .append(' ')
                    .append(num(height))
                    .append("\" width=\"")
                    .append(num(width))
                    .append("\" height=\"")
                    .append(num(height))
                    .append("\">")
                    .append(DEFS_AND_STYLE);
            wires.forEach(e -> out.append(polyline(e, "wire", "")));
            entries.forEach(e -> out.append(polyline(
                    e,
                    "nfp-entry",
                    " data-path=\""
                            + esc(e.getSources().getFirst().getIdentifier().substring("classifier:".length()))
                            + "\" marker-end=\"url(#arrow)\"")));
            for (int i = 0; i < hops.size(); i++) {
                out.append(polyline(hops.get(i), "nfp", " data-hop=\"" + (i + 1) + "\" marker-end=\"url(#arrow)\""));
                ElkEdgeSection s = hops.get(i).getSections().getFirst();
                out.append("<text class=\"hop\" x=\"")
                        .append(num((s.getStartX() + s.getEndX()) / 2))
                        .append("\" y=\"")
                        .append(num((s.getStartY() + s.getEndY()) / 2 - 6))
                        .append("\">")
                        .append(i + 1)
                        .append("</text>");
            }
            boxes.values()
                    .forEach(
                            box -> out.append(box(box, nodes.get(box.id()), Optional.ofNullable(marks.get(box.id())))));
            return out.append("</svg>").toString();
        }

        /** Links are pills, VNFs rounded, a PNF square-cornered: a box, not software. */
        private static int cornerRadius(String kind) {
            return switch (kind) {
                case "link" -> 14;
                case "pnf" -> 0;
                default -> 6;
            };
        }

        private static String box(Box box, ElkNode n, Optional<Mark> mark) {
            String attrs = "class=\"" + box.kind() + "\" data-node=\"" + esc(box.id()) + "\" data-x=\"" + num(n.getX())
                    + "\" data-y=\"" + num(n.getY()) + "\""
                    + mark.map(m -> " data-mark=\"" + esc(m.kind()) + "\"").orElse("");
            String shape = box.kind().equals("sap")
                    ? "<circle cx=\"" + num(n.getX() + n.getHeight() / 2) + "\" cy=\""
                            + num(n.getY() + n.getHeight() / 2) + "\" r=\"" + num(n.getHeight() / 2) + "\"/>"
                    : "<rect x=\"" + num(n.getX()) + "\" y=\"" + num(n.getY()) + "\" width=\"" + num(n.getWidth())
                            + "\" height=\"" + num(n.getHeight()) + "\" rx=\""
                            + cornerRadius(box.kind()) + "\"/>";
            double textX = box.kind().equals("sap") ? n.getX() + n.getHeight() + 4 : n.getX() + 8;
            StringBuilder text = new StringBuilder(
                    "<text x=\"" + num(textX) + "\" y=\"" + num(n.getY() + 18) + "\">" + esc(box.label()) + "</text>");
            String[] details = box.detail().split("\n", -1);
            for (int i = 0; i < details.length; i++) {
                text.append("<text class=\"detail\" x=\"")
                        .append(num(textX))
                        .append("\" y=\"")
                        .append(num(n.getY() + 32 + 13 * i))
                        .append("\">")
                        .append(esc(details[i]))
                        .append("</text>");
            }
            return "<g " + attrs + ">" + shape + text
                    + mark.map(m -> mark(m, n)).orElse("") + "</g>";
        }

        /** An outline around the box and a lettered disc on its top-right corner, with a tooltip. */
        private static String mark(Mark m, ElkNode n) {
            String colour = esc(m.colour());
            double cx = n.getX() + n.getWidth();
            return "<rect class=\"mark\" x=\"" + num(n.getX() - 3) + "\" y=\"" + num(n.getY() - 3) + "\" width=\""
                    + num(n.getWidth() + 6) + "\" height=\"" + num(n.getHeight() + 6)
                    // inline style, not attributes: a page's stylesheet filling its boxes' rects (the live colours)
                    // would otherwise fill this outline too and hide the box's name under it
                    + "\" rx=\"8\" style=\"fill:none;stroke:"
                    + colour + ";stroke-width:2.5\"/><g class=\"mark-badge\"><title>" + esc(m.title())
                    + "</title><circle cx=\""
                    + num(cx) + "\" cy=\"" + num(n.getY()) + "\" r=\"9\" fill=\"" + colour + "\"/><text x=\""
                    + num(cx - 4)
                    + "\" y=\"" + num(n.getY() + 4) + "\" fill=\"#fff\" font-weight=\"bold\">" + esc(m.letter())
                    + "</text></g>";
        }

        private static String polyline(ElkEdge edge, String cls, String extra) {
            StringBuilder points = new StringBuilder();
            for (ElkEdgeSection s : edge.getSections()) {
                points.append(num(s.getStartX()))
                        .append(',')
                        .append(num(s.getStartY()))
                        .append(' ');
                s.getBendPoints()
                        .forEach(b -> points.append(num(b.getX()))
                                .append(',')
                                .append(num(b.getY()))
                                .append(' '));
                points.append(num(s.getEndX())).append(',').append(num(s.getEndY()));
            }
            return "<polyline class=\"" + cls + "\"" + extra + " points=\"" + points + "\"/>";
        }

        private static String num(double v) {
            return String.valueOf(Math.round(v * 10) / 10.0);
        }

        private static String esc(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
