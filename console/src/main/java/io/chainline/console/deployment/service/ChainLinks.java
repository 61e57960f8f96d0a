package io.chainline.console.deployment.service;

import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chain's virtual links as the data plane sees them, and which connection point sits on which. An NS virtual link
 * is one link; a VNF's internal virtual link that the VNF exposes to an NS link (through an external CP its profile
 * connects) is that NS link, so traffic between NFs shares one network; any other internal link is a link of its own,
 * {@code <nf>-<link>}. Pure.
 */
record ChainLinks(List<Link> links, List<Cp> cps, Map<String, Hop> forwarders, boolean carriesTraffic) {

    /**
     * @param external a SAP, or a VNF external CP the chain connects to nothing, is on it
     * @param reserved fixed addresses on it that no NF has (a SAP's)
     */
    record Link(String name, Optional<L3Data> l3, boolean external, Set<String> reserved) {}

    /** One data connection point of one VDU of one NF, on a link. */
    record Cp(String nf, String vduNode, String name, String link, int order, Optional<CpAddressing> addressing) {}

    /** A forwarding path element (a {@code Forwarding} node): the NF it belongs to and the link it is on. */
    record Hop(String nf, String link) {}

    static ChainLinks of(ChainBlueprint.Blueprint blueprint) {
        NsDescriptor ns = blueprint.ns();
        Map<String, Link> links = new LinkedHashMap<>();
        ns.virtualLinks()
                .forEach(vl ->
                        links.put(Names.dns(vl.node()), new Link(Names.dns(vl.node()), vl.l3(), false, Set.of())));
        for (ExtCp sap : ns.saps()) {
            sap.internalVirtualLink()
                    .map(Names::dns)
                    .filter(links::containsKey)
                    .ifPresent(l -> links.put(l, sapOn(links.get(l), sap)));
        }
        List<Cp> cps = new ArrayList<>();
        Map<String, Hop> forwarders = new LinkedHashMap<>();
        boolean traffic = ns.virtualLinks().stream().anyMatch(vl -> vl.l3().isPresent())
                || ns.saps().stream().anyMatch(s -> s.addressing().isPresent());
        for (ChainBlueprint.Nf nf : blueprint.nfs()) {
            traffic |= nf(ns, nf, links, cps, forwarders);
        }
        links.values().removeIf(l -> cps.stream().noneMatch(cp -> cp.link().equals(l.name())));
        return new ChainLinks(List.copyOf(links.values()), cps, forwarders, traffic);
    }

    private static Link sapOn(Link link, ExtCp sap) {
        Set<String> reserved = new LinkedHashSet<>(link.reserved());
        sap.addressing().ifPresent(a -> reserved.addAll(a.fixedAddresses()));
        return new Link(link.name(), link.l3(), true, reserved);
    }

    /** Adds one NF's links and CPs; whether its descriptor gives any address data. */
    private static boolean nf(
            NsDescriptor ns, ChainBlueprint.Nf nf, Map<String, Link> links, List<Cp> cps, Map<String, Hop> forwarders) {
        Flavour flavour = nf.flavour();
        Map<String, String> onNs = new LinkedHashMap<>(); // internal link or VduCp → NS link
        Set<String> exposed = new LinkedHashSet<>();
        for (Map.Entry<String, String> req : nf.profile().virtualLinks().entrySet()) {
            Optional<String> nsLink = nsLink(ns, req.getValue());
            nsLink.ifPresent(l -> forwarders.put(req.getValue(), new Hop(nf.name(), l)));
            flavour.exposed().stream()
                    .filter(e -> e.name().equals(req.getKey()))
                    .map(ExposedRequirement::node)
                    .forEach(node -> {
                        exposed.add(node);
                        String inner = flavour.extCps().stream()
                                .filter(x -> x.node().equals(node))
                                .findFirst()
                                .flatMap(ExtCp::internalVirtualLink)
                                .orElse(node);
                        nsLink.ifPresent(l -> onNs.put(inner, l));
                    });
        }
        for (VirtualLink vl : flavour.virtualLinks()) {
            if (!onNs.containsKey(vl.node())) {
                String name = internalName(nf.name(), vl.node());
                boolean open = flavour.extCps().stream()
                        .anyMatch(x -> x.internalVirtualLink()
                                        .filter(vl.node()::equals)
                                        .isPresent()
                                && !onNs.containsKey(vl.node()));
                links.putIfAbsent(name, new Link(name, vl.l3(), open, Set.of()));
                onNs.put(vl.node(), name);
            }
        }
        addCps(nf, onNs, cps);
        return flavour.virtualLinks().stream().anyMatch(vl -> vl.l3().isPresent())
                || flavour.cps().stream().anyMatch(cp -> cp.addressing().isPresent())
                || flavour.extCps().stream().anyMatch(x -> x.addressing().isPresent());
    }

    private static void addCps(ChainBlueprint.Nf nf, Map<String, String> linkOf, List<Cp> cps) {
        List<VduCp> all = nf.flavour().cps();
        for (int i = 0; i < all.size(); i++) {
            VduCp cp = all.get(i);
            boolean management =
                    cp.addressing().filter(CpAddressing::management).isPresent();
            Optional<String> link =
                    cp.virtualLink().map(linkOf::get).or(() -> Optional.ofNullable(linkOf.get(cp.node())));
            if (!management && link.isPresent() && cp.vdu().isPresent()) {
                cps.add(new Cp(
                        nf.name(),
                        cp.vdu().get(),
                        Names.dns(cp.node()),
                        link.get(),
                        cp.order().orElse(i),
                        cp.addressing()));
            }
        }
    }

    /** The NS link a profile's requirement reaches: an NS virtual link itself, or a forwarding node on one. */
    private static Optional<String> nsLink(NsDescriptor ns, String target) {
        if (ns.virtualLinks().stream().anyMatch(vl -> vl.node().equals(target))) {
            return Optional.of(Names.dns(target));
        }
        return ns.forwarders().stream()
                .filter(f -> f.node().equals(target))
                .findFirst()
                .flatMap(NsDescriptor.Forwarder::virtualLink)
                .map(Names::dns);
    }

    /** {@code firewall-inside}: a DNS label of at most 30 characters, as link networks are named. */
    static String internalName(String nf, String link) {
        return Names.dns(nf + "-" + link);
    }

    Optional<Link> link(String name) {
        return links.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The data CPs of one VDU of one NF, in interface order. */
    List<Cp> cpsOf(String nf, String vduNode) {
        return cps.stream()
                .filter(cp -> cp.nf().equals(nf) && cp.vduNode().equals(vduNode))
                .sorted(java.util.Comparator.comparingInt(Cp::order))
                .toList();
    }
}
