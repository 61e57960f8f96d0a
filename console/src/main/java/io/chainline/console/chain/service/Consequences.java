package io.chainline.console.chain.service;

import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one model has that the next lacks, in the words the editor uses: VNFs, links, connections, hops, points of a
 * hop, classifiers and paths. Worked out from the two models rather than from each edit's own bookkeeping, so an edit
 * cannot drop a part without it being named.
 */
public final class Consequences {

    private Consequences() {}

    public static String vnf(String node) {
        return "VNF " + node;
    }

    public static String link(String node) {
        return "link " + node;
    }

    public static String connection(String vnf, String requirement) {
        return "connection " + vnf + " · " + requirement;
    }

    public static String hop(NsDescriptor ns, String path, int index, ForwardingPath.Position position) {
        return "hop " + (index + 1) + " of path " + path
                + ChainPaths.vnfOfHop(ns, position).map(v -> " (" + v + ")").orElse("");
    }

    /** A PNF's external connection point taken off its link: the box stays, unconnected there. */
    public static String pnfConnection(String pnf, String extCp) {
        return "connection of PNF " + pnf + " · " + extCp;
    }

    private static void pnfConnections(NsDescriptor before, NsDescriptor after, List<String> gone) {
        Map<String, io.chainline.tosca.model.PnfRef> pnfsAfter =
                byName(after.pnfs(), io.chainline.tosca.model.PnfRef::node);
        for (io.chainline.tosca.model.PnfRef pnf : before.pnfs()) {
            io.chainline.tosca.model.PnfRef kept = pnfsAfter.get(pnf.node());
            pnf.virtualLinks().keySet().stream()
                    .filter(cp -> kept == null || !kept.virtualLinks().containsKey(cp))
                    .forEach(cp -> gone.add(pnfConnection(pnf.node(), cp)));
        }
    }

    /** Everything in {@code before} that {@code after} no longer has, in model order. */
    public static List<String> removed(NsDescriptor before, NsDescriptor after) {
        List<String> gone = new ArrayList<>();
        Map<String, VnfProfileRef> vnfsAfter = byName(after.vnfs(), VnfProfileRef::node);
        for (VnfProfileRef vnf : before.vnfs()) {
            VnfProfileRef kept = vnfsAfter.get(vnf.node());
            if (kept == null) {
                gone.add(vnf(vnf.node()));
            }
            vnf.virtualLinks().keySet().stream()
                    .filter(r -> kept == null || !kept.virtualLinks().containsKey(r))
                    .forEach(r -> gone.add(connection(vnf.node(), r)));
        }
        pnfConnections(before, after, gone);
        Map<String, VirtualLink> linksAfter = byName(after.virtualLinks(), VirtualLink::node);
        before.virtualLinks().stream()
                .filter(l -> !linksAfter.containsKey(l.node()))
                .forEach(l -> gone.add(link(l.node())));
        Map<String, ForwardingPath> pathsAfter = byName(
                after.forwardingGraphs().stream()
                        .flatMap(g -> g.paths().stream())
                        .toList(),
                ForwardingPath::node);
        for (ForwardingGraph graph : before.forwardingGraphs()) {
            for (ForwardingPath path : graph.paths()) {
                paths(before, path, Optional.ofNullable(pathsAfter.get(path.node())), gone);
            }
        }
        return gone;
    }

    private static void paths(
            NsDescriptor before, ForwardingPath path, Optional<ForwardingPath> after, List<String> gone) {
        if (after.isEmpty()) {
            gone.add("forwarding path " + path.node());
            return;
        }
        Map<String, ForwardingPath.Position> hopsAfter = byName(after.get().positions(), ForwardingPath.Position::node);
        for (int i = 0; i < path.positions().size(); i++) {
            ForwardingPath.Position hop = path.positions().get(i);
            ForwardingPath.Position kept = hopsAfter.get(hop.node());
            if (kept == null) {
                gone.add(hop(before, path.node(), i, hop));
                continue;
            }
            List<String> left = points(kept);
            for (String point : points(hop)) {
                if (!left.contains(point)) {
                    gone.add(point + " from hop " + (i + 1) + " of path " + path.node());
                }
            }
        }
        List<String> rulesAfter =
                after.get().rules().stream().map(ForwardingPath.Rule::name).toList();
        path.rules().stream()
                .filter(r -> !rulesAfter.contains(r.name()))
                .forEach(r -> gone.add("classifier " + r.name() + " of path " + path.node()));
    }

    static List<String> points(ForwardingPath.Position position) {
        return position.elements().stream()
                .flatMap(e -> e.profileElements().stream())
                .toList();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a));
    }
}
