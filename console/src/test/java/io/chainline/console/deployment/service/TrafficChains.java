package io.chainline.console.deployment.service;

import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * A hand-made vCPE that carries traffic: SAPs lan and wan; web traffic (tcp/80 from the LAN) goes classifier →
 * firewall → router, the rest classifier → router. The lan link has its own subnet; the others are allocated.
 */
final class TrafficChains {

    private TrafficChains() {}

    /** One NF: a container VDU with one data CP per point, each on an internal link exposed as requirement point. */
    static ChainBlueprint.Nf nf(String name, List<String> points, Set<String> capabilities) {
        ContainerVdu vdu = new ContainerVdu(
                "main",
                "main",
                name + " engine",
                new VduProfile(1, 4),
                name,
                "Deployment",
                List.of(DemoDescriptors.withExtensions(
                        DemoDescriptors.container(
                                "engine",
                                DemoDescriptors.containerImage("registry.example.net/nf:1", Optional.empty()),
                                50,
                                32L << 20),
                        new ContainerExtensions(List.of(), Map.of(), Optional.empty(), Optional.empty())
                                .withCapabilities(capabilities))),
                List.of(),
                VduExtensions.NONE);
        List<VduCp> cps = new ArrayList<>();
        List<VirtualLink> links = new ArrayList<>();
        List<ExtCp> ext = new ArrayList<>();
        List<ExposedRequirement> exposed = new ArrayList<>();
        Map<String, String> requirements = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            String p = points.get(i);
            cps.add(new VduCp(p + "_cp", List.of("ipv4"), Optional.of("main"), Optional.of(p), OptionalInt.of(i)));
            links.add(new VirtualLink(p, Optional.empty(), List.of("ipv4"), Optional.empty(), 0, 0));
            ext.add(new ExtCp(p + "_ext", List.of("ipv4"), Optional.of(p)));
            exposed.add(new ExposedRequirement(p, p + "_ext", "external_virtual_link"));
            requirements.put(p, name + "_" + p);
        }
        VnfDescriptor descriptor = new VnfDescriptor(
                new VnfIdentity(
                        VnfIdentity.BASE_TYPE,
                        name + "-1",
                        "1.0.0",
                        "Example Networks",
                        name,
                        "1.0",
                        name,
                        List.of("etsivnfm:v4.4.1")),
                List.of(DemoDescriptors.flavour(List.of(vdu), cps, links, ext, exposed)));
        VnfProfileRef profile = new VnfProfileRef(
                name, "example." + name, name + "-1", "default", Optional.empty(), 1, 1, requirements);
        return new ChainBlueprint.Nf(
                name, profile, descriptor, descriptor.flavours().getFirst());
    }

    static ChainBlueprint.Blueprint vcpe() {
        List<ChainBlueprint.Nf> nfs = List.of(
                nf("classifier", List.of("in", "web", "rest"), Set.of()),
                nf("firewall", List.of("in", "out"), Set.of("NET_RAW")),
                nf("router", List.of("web", "rest", "out"), Set.of()));
        Map<String, String> linkOf = new LinkedHashMap<>();
        linkOf.put("classifier_in", "lan");
        linkOf.put("classifier_web", "cl_fw");
        linkOf.put("classifier_rest", "cl_rt");
        linkOf.put("firewall_in", "cl_fw");
        linkOf.put("firewall_out", "fw_rt");
        linkOf.put("router_web", "fw_rt");
        linkOf.put("router_rest", "cl_rt");
        linkOf.put("router_out", "wan");
        List<NsDescriptor.Forwarder> forwarders = new ArrayList<>();
        linkOf.forEach((f, l) -> forwarders.add(new NsDescriptor.Forwarder(f, Optional.of(l))));
        List<VirtualLink> links = new ArrayList<>();
        for (String l : List.of("lan", "cl_fw", "cl_rt", "fw_rt", "wan")) {
            links.add(new VirtualLink(l, Optional.empty(), List.of("ipv4"), Optional.empty(), 0, 0));
        }
        links.set(
                0,
                links.getFirst()
                        .withL3(Optional.of(
                                new L3Data("192.168.10.0/24", Optional.of("192.168.10.1"), List.of(), false, "ipv4"))));
        ForwardingPath web = new ForwardingPath(
                "web",
                List.of(
                        position("p1", "classifier_in", "classifier_web"),
                        position("p2", "firewall_in", "firewall_out"),
                        position("p3", "router_web", "router_out")),
                List.of(new ForwardingPath.Rule(
                        "web_only",
                        Map.of(
                                "ether_type", "ipv4",
                                "protocol", "TCP",
                                "destination_port_range", "80..80",
                                "source_ip_address_prefix", "192.168.10.0/24"))));
        ForwardingPath rest = new ForwardingPath(
                "rest",
                List.of(
                        position("r1", "classifier_in", "classifier_rest"),
                        position("r2", "router_rest", "router_out")),
                List.of());
        NsDescriptor ns = new NsDescriptor(
                new NsIdentity("example.vCPE.NS", "vcpe-t", "Example Networks", "1.0", "vCPE", "vcpe", "default"),
                nfs.stream().map(ChainBlueprint.Nf::profile).toList(),
                List.of(
                        new ExtCp("lan_sap", List.of("ipv4"), Optional.of("lan")),
                        new ExtCp("wan_sap", List.of("ipv4"), Optional.of("wan"))),
                links,
                forwarders,
                List.of(new ForwardingGraph(
                        "traffic", "", List.of("web", "rest", "classifier", "firewall", "router"), List.of(web, rest))),
                List.of());
        return new ChainBlueprint.Blueprint(summary(), ns, nfs, ChainBlueprint.hops(ns));
    }

    private static ForwardingPath.Position position(String node, String in, String out) {
        return new ForwardingPath.Position(
                node, Optional.empty(), List.of(new ForwardingPath.Element(node + "_el", List.of(in, out))));
    }

    static ChainSummary summary() {
        return new ChainSummary(
                UUID.randomUUID(),
                "Example",
                "vCPE",
                "1.0",
                "vcpe-1",
                DescriptorState.PUBLISHED,
                3,
                Instant.EPOCH,
                "alice",
                0);
    }
}
