package io.chainline.console.chain.service;

import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service chains built through the model: the vCPE the product is named for, and straight chains of any length. */
public final class DemoChains {

    private DemoChains() {}

    /** classifier → firewall → router: 3 VNFs, 2 links, 1 forwarding path for web traffic. */
    public static NsDescriptor vcpe() {
        return line("vCPE", List.of("classifier", "firewall", "router"));
    }

    /** The vCPE over the given catalog descriptor ids (classifier, firewall, router), as the demo seeds it. */
    public static NsDescriptor vcpe(List<String> descriptorIds) {
        return over(vcpe(), "vCPE", "example.vCPE.NS", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00101", descriptorIds);
    }

    /**
     * The vCPE for real clusters: the container classifier, the Kata-sandboxed firewall (Kubernetes) and the router VM
     * (OpenStack), over the given descriptor ids.
     */
    public static NsDescriptor vcpeForClusters(List<String> descriptorIds) {
        return over(
                vcpe(),
                "vCPE (Kubernetes Kata, OpenStack VM)",
                "example.vCPEClusters.NS",
                "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00102",
                descriptorIds);
    }

    /**
     * The vCPE that carries traffic ("vCPE with classifier"), over the routed classifier, firewall and router
     * descriptors (in that order): SAPs {@code lan} (192.168.10.0/24, gateway .1) and {@code wan}; web traffic from the
     * LAN (tcp/80) goes classifier → firewall → router, the rest classifier → router. The other links get subnets from
     * the console's address pool.
     */
    public static NsDescriptor vcpeWithClassifier(List<String> descriptorIds) {
        Map<String, String> linkOf = routedForwarders();
        List<NsDescriptor.Forwarder> forwarders = new ArrayList<>();
        linkOf.forEach((f, l) -> forwarders.add(new NsDescriptor.Forwarder(f, Optional.of(l))));
        return new NsDescriptor(
                new NsIdentity(
                        "example.vCPEClassifier.NS",
                        "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00103",
                        "Example Networks",
                        "1.0",
                        "vCPE with classifier",
                        "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00103",
                        "default"),
                routedProfiles(descriptorIds, linkOf),
                List.of(
                        new ExtCp("lan_sap", List.of("ipv4"), Optional.of("lan")),
                        new ExtCp("wan_sap", List.of("ipv4"), Optional.of("wan"))),
                routedLinks(),
                forwarders,
                List.of(classified()),
                List.of());
    }

    /** Each routed NF's forwarding points and the NS link each is on. */
    private static Map<String, String> routedForwarders() {
        Map<String, String> linkOf = new java.util.LinkedHashMap<>();
        linkOf.put("classifier_in", "lan");
        linkOf.put("classifier_web", "cl_fw");
        linkOf.put("classifier_rest", "cl_rt");
        linkOf.put("firewall_in", "cl_fw");
        linkOf.put("firewall_out", "fw_rt");
        linkOf.put("router_web", "fw_rt");
        linkOf.put("router_rest", "cl_rt");
        linkOf.put("router_out", "wan");
        return linkOf;
    }

    /** Classifier, firewall and router, each requirement {@code <point>} connected to its forwarding point. */
    private static List<VnfProfileRef> routedProfiles(List<String> descriptorIds, Map<String, String> linkOf) {
        List<String> roles = List.of("classifier", "firewall", "router");
        List<VnfProfileRef> vnfs = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            Map<String, String> requirements = new java.util.LinkedHashMap<>();
            linkOf.keySet().stream()
                    .filter(f -> f.startsWith(role + "_"))
                    .forEach(f -> requirements.put(f.substring(role.length() + 1), f));
            vnfs.add(new VnfProfileRef(
                    role,
                    "example." + role + ".VNF",
                    descriptorIds.get(i),
                    "default",
                    Optional.empty(),
                    1,
                    1,
                    requirements));
        }
        return vnfs;
    }

    /** The five links; lan has the customer's subnet, the rest come from the console's pool. */
    private static List<VirtualLink> routedLinks() {
        List<VirtualLink> links = new ArrayList<>();
        for (String l : List.of("lan", "cl_fw", "cl_rt", "fw_rt", "wan")) {
            links.add(new VirtualLink(
                    l, Optional.of(l + " link"), List.of("ipv4"), Optional.of("line"), 1_000_000_000L, 0));
        }
        links.set(
                0,
                links.getFirst()
                        .withL3(Optional.of(
                                new L3Data("192.168.10.0/24", Optional.of("192.168.10.1"), List.of(), false, "ipv4"))));
        return links;
    }

    /** Web traffic from the LAN through the firewall; the rest past it, straight to the router. */
    private static ForwardingGraph classified() {
        ForwardingPath web = new ForwardingPath(
                "web",
                List.of(
                        pair("web1", "classifier_in", "classifier_web"),
                        pair("web2", "firewall_in", "firewall_out"),
                        pair("web3", "router_web", "router_out")),
                List.of(new ForwardingPath.Rule(
                        "web_only",
                        Map.of(
                                "ether_type", "ipv4",
                                "protocol", "tcp",
                                "destination_port_range", "80..80",
                                "source_ip_address_prefix", "192.168.10.0/24"))));
        ForwardingPath rest = new ForwardingPath(
                "rest",
                List.of(pair("rest1", "classifier_in", "classifier_rest"), pair("rest2", "router_rest", "router_out")),
                List.of());
        return new ForwardingGraph(
                "traffic",
                "Web traffic through the firewall, the rest past it",
                List.of("web", "rest", "classifier", "firewall", "router"),
                List.of(web, rest));
    }

    private static ForwardingPath.Position pair(String node, String in, String out) {
        return new ForwardingPath.Position(
                node, Optional.of("all"), List.of(new ForwardingPath.Element(node + "_el", List.of(in, out))));
    }

    /** A chain renamed, with its own ids, whose VNFs use the given catalog descriptors in order. */
    public static NsDescriptor over(
            NsDescriptor chain, String name, String nodeType, String descriptorId, List<String> descriptorIds) {
        List<VnfProfileRef> vnfs = new ArrayList<>();
        for (int i = 0; i < chain.vnfs().size(); i++) {
            VnfProfileRef v = chain.vnfs().get(i);
            vnfs.add(new VnfProfileRef(
                    v.node(),
                    v.nodeType(),
                    descriptorIds.get(i),
                    v.flavourId(),
                    v.instantiationLevel(),
                    v.minInstances(),
                    v.maxInstances(),
                    v.virtualLinks()));
        }
        NsIdentity id = chain.identity();
        return new NsDescriptor(
                new NsIdentity(nodeType, descriptorId, id.designer(), id.version(), name, descriptorId, id.flavourId()),
                vnfs,
                chain.saps(),
                chain.virtualLinks(),
                chain.forwarders(),
                chain.forwardingGraphs(),
                chain.exposed());
    }

    /**
     * VNFs in a row, each joined to the next by its own link, with one forwarding path through all of them: the shape
     * of a chain, at any length (the layout benchmark uses 5, 30 and 100).
     */
    public static NsDescriptor line(String name, List<String> vnfNames) {
        List<VnfProfileRef> vnfs = new ArrayList<>();
        List<VirtualLink> links = new ArrayList<>();
        List<NsDescriptor.Forwarder> forwarders = new ArrayList<>();
        List<ForwardingPath.Position> hops = new ArrayList<>();
        for (int i = 0; i < vnfNames.size(); i++) {
            String vnf = vnfNames.get(i);
            Map<String, String> requirements = new java.util.LinkedHashMap<>();
            List<String> points = new ArrayList<>();
            if (i > 0 || vnfNames.size() == 1) {
                // a chain of one still has a link traffic arrives on, so it can publish
                String in = vnf + "_in";
                if (i == 0) {
                    links.add(lineLink(1));
                }
                forwarders.add(new NsDescriptor.Forwarder(in, Optional.of("link" + Math.max(i, 1))));
                requirements.put("virtual_link", in);
                points.add(in);
            }
            if (i < vnfNames.size() - 1) {
                String out = vnf + "_out";
                links.add(lineLink(i + 1));
                forwarders.add(new NsDescriptor.Forwarder(out, Optional.of("link" + (i + 1))));
                requirements.put(i == 0 ? "virtual_link" : "virtual_link_2", out);
                points.add(out);
            }
            vnfs.add(new VnfProfileRef(
                    vnf, "example." + vnf + ".VNF", vnf + "-1", "default", Optional.empty(), 1, 1, requirements));
            hops.add(hop(i + 1, points));
        }
        return new NsDescriptor(
                lineIdentity(name),
                vnfs,
                List.<ExtCp>of(),
                links,
                forwarders,
                List.of(webTraffic(hops, vnfNames)),
                List.of());
    }

    /** Link {@code n} of a line: between VNF {@code n} and the next (link 1 is also the way in of a chain of one). */
    private static VirtualLink lineLink(int n) {
        return new VirtualLink("link" + n, Optional.empty(), List.of("ipv4"), Optional.of("line"), 10_000_000_000L, 0);
    }

    private static ForwardingPath.Position hop(int n, List<String> points) {
        return new ForwardingPath.Position(
                "hop" + n, Optional.of("all"), List.of(new ForwardingPath.Element("hop" + n + "_el", points)));
    }

    private static NsIdentity lineIdentity(String name) {
        return new NsIdentity(
                "example." + name + ".NS",
                name.toLowerCase() + "-1",
                "Example Networks",
                "1.0",
                name,
                name.toLowerCase(),
                "default");
    }

    /** One graph: the web path through every hop, with the path and all the VNFs as its members. */
    private static ForwardingGraph webTraffic(List<ForwardingPath.Position> hops, List<String> vnfNames) {
        ForwardingPath web = new ForwardingPath(
                "web",
                hops,
                List.of(new ForwardingPath.Rule(
                        "web_only",
                        Map.of("ether_type", "ipv4", "protocol", "tcp", "destination_port_range", "80..80"))));
        List<String> members = new ArrayList<>(List.of("web"));
        members.addAll(vnfNames);
        return new ForwardingGraph("traffic", "Web traffic through the chain", members, List.of(web));
    }
}
