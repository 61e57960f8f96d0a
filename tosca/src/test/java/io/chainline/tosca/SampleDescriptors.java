package io.chainline.tosca;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.Storage;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Descriptors built in code, the way the console's designer builds them: a vCPE firewall, a router, a chain. */
final class SampleDescriptors {

    private SampleDescriptors() {}

    static final String DIGEST = "sha256:" + "ab".repeat(32);

    /** A containerised firewall in a Kata sandbox, arm64 or amd64, scaling out in steps of two. */
    static VnfDescriptor containerFirewall() {
        SwImage image = new SwImage(
                "registry.example.net/nfv/firewall:4.2",
                "4.2",
                Optional.of("Example Networks"),
                Optional.of(new SwImage.Checksum("sha-256", "ab".repeat(32))),
                "docker",
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty());
        Container engine = new Container(
                "fw_engine",
                "engine",
                "packet filter",
                Optional.of(image),
                OptionalLong.of(500),
                OptionalLong.of(2000),
                OptionalLong.of(256L << 20),
                OptionalLong.of(1L << 30),
                new ContainerExtensions(
                        List.of(
                                new ContainerExtensions.Port("http", 8080, "TCP"),
                                new ContainerExtensions.Port("", 514, "UDP")),
                        Map.of("FW_MODE", "routed", "LOG_LEVEL", "info"),
                        Optional.of(new ContainerExtensions.Probe("http", "/healthz", 8080, 10)),
                        Optional.of(new ContainerExtensions.Probe("tcp", "", 8080, 5))));
        Container exporter = new Container(
                "fw_metrics",
                "metrics",
                "Prometheus exporter",
                Optional.of(SwImage.container("registry.example.net/nfv/fw-exporter:1.0")),
                OptionalLong.of(50),
                OptionalLong.empty(),
                OptionalLong.of(32L << 20),
                OptionalLong.empty());
        ContainerVdu vdu = new ContainerVdu(
                "fw",
                "fw",
                "firewall pod",
                new VduProfile(2, 8),
                "firewall",
                "Deployment",
                List.of(engine, exporter),
                List.of(),
                new VduExtensions(
                        VduExtensions.Isolation.SANDBOXED,
                        Optional.of("kata-qemu"),
                        List.of("amd64", "arm64"),
                        Map.of("nfv.example.net/dpdk", "true")));
        Flavour flavour = new Flavour(
                "default",
                "Default flavour",
                List.of(vdu),
                List.of(),
                List.of(new VduCp(
                        "fw_inside", List.of("ipv4"), Optional.of("fw"), Optional.of("inside_vl"), OptionalInt.of(0))),
                List.of(new VirtualLink(
                        "inside_vl", Optional.of("inside"), List.of("ipv4"), Optional.of("mesh"), 1_000_000_000L, 0)),
                List.of(new ExtCp("fw_ext", List.of("ipv4"), Optional.of("inside_vl"))),
                List.of(new ExposedRequirement("virtual_link", "fw_ext", "external_virtual_link")),
                List.of(new ScalingAspect(
                        "fw_scale",
                        "fw_scale",
                        "Firewall capacity",
                        3,
                        List.of("delta_1"),
                        Map.of("fw", Map.of("delta_1", 2)))),
                Map.of("fw", 2),
                List.of(
                        new InstantiationLevel("small", "Small", Map.of("fw_scale", 0), Map.of("fw", 2)),
                        new InstantiationLevel("large", "Large", Map.of("fw_scale", 3), Map.of("fw", 8))),
                Optional.of("small"),
                Map.of(),
                List.of(new PlacementRule("fw_apart", PlacementRule.Kind.ANTI_AFFINITY, "nfvi_node", List.of("fw"))),
                List.of("instantiate", "terminate"));
        return new VnfDescriptor(
                new VnfIdentity(
                        "example.Firewall.VNF",
                        "6a3c1e0e-4d7b-4b43-9d0f-1f0a0f0a0f01",
                        "1.0.0",
                        "Example Networks",
                        "vFirewall",
                        "4.2",
                        "Example firewall",
                        List.of("etsivnfm:v4.4.1")),
                List.of(flavour));
    }

    /** A VM router with two flavours, its image packaged in the CSAR. */
    static VnfDescriptor vmRouterWithTwoFlavours() {
        return new VnfDescriptor(
                new VnfIdentity(
                        VnfIdentity.BASE_TYPE,
                        "router-1",
                        "2.0",
                        "Example Networks",
                        "vRouter",
                        "17.3",
                        "",
                        List.of("etsivnfm:v2.6.1")),
                List.of(routerFlavour("small", 2, 4L << 30), routerFlavour("large", 8, 16L << 30)));
    }

    static SwImage routerImage() {
        return new SwImage(
                "vrouter-17.3",
                "17.3",
                Optional.empty(),
                Optional.of(new SwImage.Checksum("sha-512", "cd".repeat(64))),
                "bare",
                Optional.of("qcow2"),
                OptionalLong.of(4L << 30),
                OptionalLong.of(1L << 30),
                OptionalLong.of(700L << 20),
                Optional.of("Debian 13"),
                Optional.of("../Files/images/vrouter-17.3.qcow2"));
    }

    private static Flavour routerFlavour(String id, int cpus, long memory) {
        ComputeVdu vdu = new ComputeVdu(
                "router",
                "router",
                "routing engine",
                VduProfile.ONE,
                cpus,
                memory,
                Optional.of("x86_64"),
                Optional.of(routerImage()),
                List.of("router_disk"),
                VduExtensions.NONE,
                Optional.of("#cloud-config\nhostname: vrouter-" + id + "\n"));
        return new Flavour(
                id,
                id + " router",
                List.of(vdu),
                List.of(new Storage("router_disk", 20L << 30, false, Optional.empty())),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                Optional.empty(),
                Map.of(),
                List.of(),
                List.of());
    }

    /** classifier → firewall → router, HTTP traffic of two VLANs only. */
    static NsDescriptor vcpeChain() {
        VnfProfileRef fw = new VnfProfileRef(
                "firewall",
                "example.Firewall.VNF",
                "6a3c1e0e-4d7b-4b43-9d0f-1f0a0f0a0f01",
                "default",
                Optional.of("small"),
                1,
                2,
                Map.of("virtual_link", "fw_in"));
        VnfProfileRef router = new VnfProfileRef(
                "router",
                "example.Router.VNF",
                "router-1",
                "small",
                Optional.empty(),
                1,
                1,
                Map.of("virtual_link", "router_in"));
        List<NsDescriptor.Forwarder> forwarders = List.of(
                new NsDescriptor.Forwarder("fw_in", Optional.of("lan")),
                new NsDescriptor.Forwarder("router_in", Optional.of("lan")));
        ForwardingPath path = new ForwardingPath(
                "http_path",
                List.of(
                        new ForwardingPath.Position(
                                "pos_fw",
                                Optional.of("all"),
                                List.of(new ForwardingPath.Element("el_fw", List.of("fw_in")))),
                        new ForwardingPath.Position(
                                "pos_router",
                                Optional.of("lb"),
                                List.of(new ForwardingPath.Element("el_router", List.of("router_in"))))),
                List.of(new ForwardingPath.Rule(
                        "http_only",
                        Map.of(
                                "ether_type",
                                "ipv4",
                                "protocol",
                                "tcp",
                                "destination_port_range",
                                "80..80",
                                "vlan_tag",
                                "100,200"))));
        return new NsDescriptor(
                new NsIdentity("example.vCPE.NS", "vcpe-1", "Example Networks", "1.0", "vCPE", "vcpe", "default"),
                List.of(fw, router),
                List.of(new ExtCp("customer_sap", List.of("ipv4"), Optional.of("lan"))),
                List.of(new VirtualLink(
                        "lan", Optional.empty(), List.of("ipv4"), Optional.of("mesh"), 10_000_000L, 1_000_000L)),
                forwarders,
                List.of(new ForwardingGraph(
                        "vcpe_graph",
                        "HTTP through firewall and router",
                        List.of("http_path", "firewall", "router", "lan"),
                        List.of(path))),
                List.of());
    }
}
