package io.chainline.tosca.sol001;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a service chain must be beyond valid TOSCA, checked on the model as it is designed: unique names, links that
 * exist, matching layer protocols, and forwarding paths whose hops exist, do not repeat and are connected. Issues
 * carry the model path ({@code forwardingGraphs.vcpe.paths.http.positions[2]}) so the designer shows them in place.
 */
public final class ChainRules {

    public void check(NsDescriptor ns, Issues issues) {
        Map<String, String> kinds = names(ns, issues);
        Map<String, VirtualLink> links = new HashMap<>();
        ns.virtualLinks().forEach(l -> links.put(l.node(), l));
        for (VnfProfileRef vnf : ns.vnfs()) {
            vnf.virtualLinks().forEach((requirement, target) -> {
                if (!links.containsKey(target) && !"forwarder".equals(kinds.get(target))) {
                    issue(
                            issues,
                            IssueCode.NS_LINK_DANGLING,
                            "vnfs." + vnf.node() + "." + requirement,
                            "VNF " + vnf.node() + " connects " + requirement + " to '" + target
                                    + "', which is no NS virtual link here; add the link or reconnect it.");
                }
            });
        }
        ns.pnfs().forEach(pnf -> pnfLinks(pnf, kinds, links, issues));
        ns.saps().forEach(sap -> sap.internalVirtualLink().ifPresent(target -> sapLink(sap, target, links, issues)));
        ns.forwarders()
                .forEach(f -> f.virtualLink()
                        .filter(target -> !links.containsKey(target))
                        .ifPresent(target -> issue(
                                issues,
                                IssueCode.NS_LINK_DANGLING,
                                "forwarders." + f.node(),
                                "Forwarding point " + f.node() + " is on '" + target
                                        + "', which is no NS virtual link.")));
        for (ForwardingGraph graph : ns.forwardingGraphs()) {
            for (ForwardingPath path : graph.paths()) {
                path(graph, path, kinds, ns, issues);
            }
        }
    }

    /** A PNF's external connection points sit on links of this service (or its forwarding points). */
    private static void pnfLinks(PnfRef pnf, Map<String, String> kinds, Map<String, VirtualLink> links, Issues issues) {
        pnf.virtualLinks().forEach((cp, target) -> {
            if (!links.containsKey(target) && !"forwarder".equals(kinds.get(target))) {
                issue(
                        issues,
                        IssueCode.NS_LINK_DANGLING,
                        "pnfs." + pnf.node() + "." + cp,
                        "PNF " + pnf.node() + " connects " + cp + " to '" + target
                                + "', which is no NS virtual link here; add the link or reconnect it.");
            }
        });
    }

    /** A service access point sits on a link of this service that speaks one of its protocols. */
    private void sapLink(ExtCp sap, String target, Map<String, VirtualLink> links, Issues issues) {
        VirtualLink link = links.get(target);
        if (link == null) {
            issue(
                    issues,
                    IssueCode.NS_LINK_DANGLING,
                    "saps." + sap.node(),
                    "Service access point " + sap.node() + " is on '" + target + "', which is no NS virtual link.");
        } else if (!sap.layerProtocols().isEmpty()
                && !link.layerProtocols().isEmpty()
                && sap.layerProtocols().stream().noneMatch(link.layerProtocols()::contains)) {
            issue(
                    issues,
                    IssueCode.NS_LAYER_MISMATCH,
                    "saps." + sap.node(),
                    "Service access point " + sap.node() + " speaks " + sap.layerProtocols() + " but link " + target
                            + " carries " + link.layerProtocols() + "; make them share a protocol.");
        }
    }

    private static Map<String, String> names(NsDescriptor ns, Issues issues) {
        Map<String, String> kinds = new HashMap<>();
        ns.vnfs().forEach(v -> name(kinds, v.node(), "vnf", issues));
        ns.pnfs().forEach(p -> name(kinds, p.node(), "pnf", issues));
        ns.saps().forEach(s -> name(kinds, s.node(), "sap", issues));
        ns.virtualLinks().forEach(l -> name(kinds, l.node(), "link", issues));
        ns.forwarders().forEach(f -> name(kinds, f.node(), "forwarder", issues));
        return kinds;
    }

    private static void name(Map<String, String> kinds, String node, String kind, Issues issues) {
        String earlier = kinds.putIfAbsent(node, kind);
        if (earlier != null) {
            issue(
                    issues,
                    IssueCode.NS_NAME_DUPLICATE,
                    node,
                    "The name '" + node + "' is used by a " + earlier + " and a " + kind
                            + "; every part of a service needs its own name.");
        }
    }

    private void path(
            ForwardingGraph graph, ForwardingPath path, Map<String, String> kinds, NsDescriptor ns, Issues issues) {
        String where = "forwardingGraphs." + graph.name() + ".paths." + path.node();
        if (path.positions().isEmpty()) {
            issue(
                    issues,
                    IssueCode.NFP_EMPTY,
                    where,
                    "Forwarding path " + path.node() + " has no hops; add them in order.");
            return;
        }
        Set<String> seen = new HashSet<>();
        Optional<String> previousLink = Optional.empty();
        for (int i = 0; i < path.positions().size(); i++) {
            String at = where + ".positions[" + (i + 1) + "]";
            hopTargets(path, i, at, kinds, seen, issues);
            List<String> targets = targets(path.positions().get(i));
            if (previousLink.isPresent()) {
                entersWithoutCp(path, i, at, previousLink.get(), targets, ns, issues);
            }
            Optional<String> in = targets.isEmpty() ? Optional.empty() : linkOf(targets.getFirst(), ns);
            if (previousLink.isPresent() && in.isPresent() && !previousLink.equals(in)) {
                issue(
                        issues,
                        IssueCode.NFP_HOP_UNCONNECTED,
                        at,
                        "Hop " + (i + 1) + " of " + path.node() + " is entered on link " + in.get()
                                + ", but the hop before leaves on " + previousLink.get()
                                + "; connect them to one link or add the VNF that bridges them.");
            }
            previousLink = targets.isEmpty() ? Optional.empty() : linkOf(targets.getLast(), ns);
        }
    }

    /**
     * The VNF a hop enters (the one whose connection point it names first, or the VNF it names) needs a connection
     * point on the link traffic arrives on, or it cannot receive it: an error, beside the warning that the hops are
     * unconnected, because no reordering of points mends it.
     */
    private static void entersWithoutCp(
            ForwardingPath path, int i, String at, String link, List<String> targets, NsDescriptor ns, Issues issues) {
        Optional<Member> member = targets.isEmpty() ? Optional.empty() : memberOf(targets.getFirst(), ns);
        if (member.isEmpty() || linksOf(member.get(), ns).contains(link)) {
            return;
        }
        String name = member.get().kind() + " " + member.get().node();
        issue(
                issues,
                IssueCode.NFP_HOP_WITHOUT_CP,
                at,
                "Hop " + (i + 1) + " of " + path.node() + " enters " + name + " from link " + link
                        + ", but " + member.get().node() + " has no connection point on " + link
                        + "; connect it to " + link + " or put a VNF that is on " + link + " before it.");
    }

    /** A VNF or a PNF of the service: a path enters and leaves it through its connection points. */
    private record Member(String kind, String node, Map<String, String> virtualLinks) {}

    /** The VNF or PNF a point belongs to: itself, or the one one of whose connections is this forwarding point. */
    private static Optional<Member> memberOf(String point, NsDescriptor ns) {
        return java.util.stream.Stream.concat(
                        ns.vnfs().stream().map(v -> new Member("VNF", v.node(), v.virtualLinks())),
                        ns.pnfs().stream().map(p -> new Member("PNF", p.node(), p.virtualLinks())))
                .filter(m -> m.node().equals(point) || m.virtualLinks().containsValue(point))
                .findFirst();
    }

    /** The NS links a member has a connection point on: direct, or through its forwarding points. */
    private static Set<String> linksOf(Member member, NsDescriptor ns) {
        Set<String> links = new HashSet<>();
        for (String target : member.virtualLinks().values()) {
            Optional<NsDescriptor.Forwarder> forwarder = ns.forwarders().stream()
                    .filter(f -> f.node().equals(target))
                    .findFirst();
            if (forwarder.isPresent()) {
                forwarder.get().virtualLink().ifPresent(links::add);
            } else {
                links.add(target);
            }
        }
        return links;
    }

    /** Every point hop {@code i} names exists and was not visited before on this path ({@code seen} grows). */
    private void hopTargets(
            ForwardingPath path, int i, String at, Map<String, String> kinds, Set<String> seen, Issues issues) {
        for (ForwardingPath.Element element : path.positions().get(i).elements()) {
            for (String target : element.profileElements()) {
                if (!kinds.containsKey(target)) {
                    issue(
                            issues,
                            IssueCode.NFP_HOP_UNKNOWN,
                            at,
                            "Hop " + (i + 1) + " of " + path.node() + " goes to '" + target
                                    + "', which is no connection point, SAP, VNF or PNF of this service.");
                } else if (!seen.add(target)) {
                    issue(
                            issues,
                            IssueCode.NFP_HOP_REPEATED,
                            at,
                            "Hop " + (i + 1) + " of " + path.node() + " returns to '" + target
                                    + "'; a forwarding path visits each point once (no loops).");
                }
            }
        }
    }

    /** A hop's points in order: where traffic enters (first) and leaves (last). */
    private static List<String> targets(ForwardingPath.Position position) {
        return position.elements().stream()
                .flatMap(e -> e.profileElements().stream())
                .toList();
    }

    /** The NS virtual link a forwarding point or SAP sits on, when it names one. */
    private static Optional<String> linkOf(String point, NsDescriptor ns) {
        String first = point;
        return ns.forwarders().stream()
                .filter(f -> f.node().equals(first))
                .findFirst()
                .flatMap(NsDescriptor.Forwarder::virtualLink)
                .or(() -> ns.saps().stream()
                        .filter(s -> s.node().equals(first))
                        .findFirst()
                        .flatMap(ExtCp::internalVirtualLink));
    }

    private static void issue(Issues issues, IssueCode code, String path, String message) {
        issues.add(code, "", path, message);
    }
}
