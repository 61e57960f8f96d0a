package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.PlacementRule;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.SwImage;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The vCPE building blocks the demo catalog starts with, and the starting point of a new design: complete, valid
 * SOL001 descriptors built through the model, as the designer builds them.
 */
public final class DemoDescriptors {

    private DemoDescriptors() {}

    /** A new product: one flavour, no VDUs yet, the identity filled in as far as it can be. */
    public static VnfDescriptor blank(String provider, String productName, String descriptorId) {
        return new VnfDescriptor(
                new VnfIdentity(
                        VnfIdentity.BASE_TYPE,
                        descriptorId,
                        "1.0.0",
                        provider,
                        productName,
                        "1.0",
                        "",
                        List.of("etsivnfm:v4.4.1")),
                List.of(flavour(List.of(), List.of(), List.of())));
    }

    public static Flavour flavour(List<Vdu> vdus, List<VduCp> cps, List<VirtualLink> links) {
        return flavour(vdus, cps, links, List.of(), List.of());
    }

    /** A default flavour with external connection points and the requirements that expose them to a chain. */
    public static Flavour flavour(
            List<Vdu> vdus,
            List<VduCp> cps,
            List<VirtualLink> links,
            List<ExtCp> extCps,
            List<ExposedRequirement> exposed) {
        return new Flavour(
                "default",
                "Default flavour",
                vdus,
                List.of(),
                cps,
                links,
                extCps,
                exposed,
                List.of(),
                Map.of(),
                List.of(),
                Optional.empty(),
                Map.of(),
                List.of(),
                List.of("instantiate", "terminate"));
    }

    public static SwImage containerImage(String reference, Optional<String> sha256Hex) {
        return new SwImage(
                reference,
                reference.contains(":") ? reference.substring(reference.lastIndexOf(':') + 1) : "latest",
                Optional.empty(),
                sha256Hex.map(h -> new SwImage.Checksum("sha-256", h)),
                "docker",
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public static Container container(String node, SwImage image, long milliCpu, long memoryBytes) {
        return new Container(
                node,
                node,
                node + " container",
                Optional.of(image),
                OptionalLong.of(milliCpu),
                OptionalLong.of(milliCpu * 2),
                OptionalLong.of(memoryBytes),
                OptionalLong.of(memoryBytes * 2));
    }

    /** A container the designer just added: sized like a small service, its image still to be entered. */
    public static Container unnamedImage(String node, long milliCpu, long memoryBytes) {
        return new Container(
                node,
                node,
                "",
                Optional.empty(),
                OptionalLong.of(milliCpu),
                OptionalLong.of(milliCpu * 2),
                OptionalLong.of(memoryBytes),
                OptionalLong.of(memoryBytes * 2));
    }

    public static Container withExtensions(Container c, ContainerExtensions extensions) {
        return new Container(
                c.node(),
                c.name(),
                c.description(),
                c.image(),
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                extensions);
    }

    /** A containerised firewall, arm64 or amd64, in a Kata sandbox, scaled in steps of two, kept apart per node. */
    public static VnfDescriptor firewall() {
        ContainerVdu fw = new ContainerVdu(
                "fw",
                "fw",
                "Stateful packet filter",
                new VduProfile(2, 8),
                "vfirewall",
                "Deployment",
                List.of(withExtensions(
                        container(
                                "fw_engine",
                                containerImage("registry.example.net/nfv/vfirewall:4.2", Optional.of("3f".repeat(32))),
                                500,
                                256L << 20),
                        new ContainerExtensions(
                                List.of(
                                        new ContainerExtensions.Port("api", 8443, "TCP"),
                                        new ContainerExtensions.Port("syslog", 514, "UDP")),
                                Map.of("FW_MODE", "routed"),
                                Optional.of(new ContainerExtensions.Probe("http", "/healthz", 8443, 10)),
                                Optional.of(new ContainerExtensions.Probe("tcp", "", 8443, 5))))),
                List.of(),
                new VduExtensions(
                        VduExtensions.Isolation.SANDBOXED,
                        Optional.of("kata-qemu"),
                        List.of("amd64", "arm64"),
                        Map.of()));
        Flavour flavour = new Flavour(
                "default",
                "Default flavour",
                List.of(fw),
                List.of(),
                List.of(
                        new VduCp(
                                "fw_cp", List.of("ipv4"), Optional.of("fw"), Optional.of("inside"), OptionalInt.of(0)),
                        new VduCp(
                                "fw_cp_out",
                                List.of("ipv4"),
                                Optional.of("fw"),
                                Optional.of("outside"),
                                OptionalInt.of(1))),
                List.of(link("inside"), link("outside")),
                List.of(
                        new ExtCp("fw_ext", List.of("ipv4"), Optional.of("inside")),
                        new ExtCp("fw_ext_out", List.of("ipv4"), Optional.of("outside"))),
                List.of(
                        new ExposedRequirement("virtual_link", "fw_ext", "external_virtual_link"),
                        new ExposedRequirement("virtual_link_2", "fw_ext_out", "external_virtual_link")),
                List.of(new ScalingAspect(
                        "capacity",
                        "capacity",
                        "Firewall capacity",
                        3,
                        List.of("step"),
                        Map.of("fw", Map.of("step", 2)))),
                Map.of("fw", 2),
                List.of(
                        new InstantiationLevel("small", "Two engines", Map.of("capacity", 0), Map.of("fw", 2)),
                        new InstantiationLevel("large", "Eight engines", Map.of("capacity", 3), Map.of("fw", 8))),
                Optional.of("small"),
                Map.of(),
                List.of(new PlacementRule("fw_apart", PlacementRule.Kind.ANTI_AFFINITY, "nfvi_node", List.of("fw"))),
                List.of("instantiate", "terminate", "scale"));
        return new VnfDescriptor(
                identity("vFirewall", "4.2", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00001"), List.of(flavour));
    }

    /** A routing VM on x86: a Vdu.Compute with its image in the VIM. */
    public static VnfDescriptor router() {
        ComputeVdu router = new ComputeVdu(
                "router",
                "router",
                "Routing engine",
                VduProfile.ONE,
                4,
                8L << 30,
                Optional.of("x86_64"),
                Optional.of(new SwImage(
                        "vrouter-17.3",
                        "17.3",
                        Optional.empty(),
                        Optional.of(new SwImage.Checksum("sha-256", "5e".repeat(32))),
                        "bare",
                        Optional.of("qcow2"),
                        OptionalLong.of(8L << 30),
                        OptionalLong.of(2L << 30),
                        OptionalLong.of(700L << 20),
                        Optional.of("Debian 13"),
                        Optional.empty())),
                List.of(),
                new VduExtensions(VduExtensions.Isolation.SHARED_KERNEL, Optional.empty(), List.of("amd64"), Map.of()),
                Optional.of("#cloud-config\nhostname: vrouter\n"));
        return new VnfDescriptor(
                identity("vRouter", "17.3", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00002"),
                List.of(flavour(
                        List.of(router),
                        List.of(new VduCp(
                                "router_lan",
                                List.of("ipv4"),
                                Optional.of("router"),
                                Optional.of("lan"),
                                OptionalInt.of(0))),
                        List.of(link("lan")),
                        List.of(new ExtCp("router_ext", List.of("ipv4"), Optional.of("lan"))),
                        List.of(new ExposedRequirement("virtual_link", "router_ext", "external_virtual_link")))));
    }

    /** A traffic classifier in a shared-kernel container, still a draft in the demo catalog. */
    public static VnfDescriptor classifier() {
        ContainerVdu vdu = new ContainerVdu(
                "classifier",
                "classifier",
                "Flow classifier",
                new VduProfile(1, 4),
                "classifier",
                "Deployment",
                List.of(container(
                        "classifier_main",
                        containerImage("registry.example.net/nfv/classifier:1.0", Optional.empty()),
                        250,
                        128L << 20)),
                List.of(),
                VduExtensions.NONE);
        return new VnfDescriptor(
                identity("vClassifier", "1.0", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00003"),
                List.of(flavour(
                        List.of(vdu),
                        List.of(new VduCp(
                                "classifier_cp",
                                List.of("ipv4"),
                                Optional.of("classifier"),
                                Optional.of("steer"),
                                OptionalInt.of(0))),
                        List.of(link("steer")),
                        List.of(new ExtCp("classifier_ext", List.of("ipv4"), Optional.of("steer"))),
                        List.of(new ExposedRequirement("virtual_link", "classifier_ext", "external_virtual_link")))));
    }

    private static VnfIdentity identity(String product, String software, String descriptorId) {
        return new VnfIdentity(
                VnfIdentity.BASE_TYPE,
                descriptorId,
                "1.0.0",
                "Example Networks",
                product,
                software,
                product,
                List.of("etsivnfm:v4.4.1"));
    }

    private static VirtualLink link(String name) {
        return new VirtualLink(
                name, Optional.of(name + " network"), List.of("ipv4"), Optional.of("mesh"), 1_000_000_000L, 0);
    }
}
