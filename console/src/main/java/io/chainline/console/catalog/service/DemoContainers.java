package io.chainline.console.catalog.service;

import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The vCPE's network functions as a new user can run them: one shared-kernel container per VDU (runc), amd64 or
 * arm64, on one multi-arch image that answers HTTP on port 8080. They deploy as they are to a plain Docker or podman
 * host, a Swarm, or Kubernetes. No health probe: podman without systemd never runs Docker health checks, so readiness
 * is the connector's "stayed up" rule.
 */
public final class DemoContainers {

    /** What the demo runs by default: public, multi-arch (amd64, arm64), tiny, answers HTTP on its port. */
    public static final String DEFAULT_IMAGE = "docker.io/traefik/whoami:v1.10.3";

    /** The port every demo network function listens on, whichever image runs. */
    public static final int PORT = 8080;

    /** Every demo function's one VDU: its workloads are named {@code classifier-engine}, {@code firewall-engine}… */
    public static final String VDU = "engine";

    /** The roles of the vCPE in chain order, with their fixed descriptor ids (so a restart finds them). */
    public static final List<String> VCPE = List.of("classifier", "firewall", "router");

    private static final Map<String, String> IDS = Map.of(
            "classifier", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00011",
            "firewall", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00012",
            "router", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00013");

    /**
     * The routed vCPE's roles (the chain "vCPE with classifier"), each with its data connection points in interface
     * order: web traffic goes classifier → firewall → router, the rest classifier → router.
     */
    public static final Map<String, List<String>> ROUTED = routedRoles();

    private static final Map<String, String> ROUTED_IDS = Map.of(
            "classifier", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00021",
            "firewall", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00022",
            "router", "7f7c3f2a-5d4e-4a8b-9a1e-0c0ffee00023");

    private DemoContainers() {}

    private static Map<String, List<String>> routedRoles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("classifier", List.of("in", "web", "rest"));
        roles.put("firewall", List.of("in", "out"));
        roles.put("router", List.of("web", "rest", "out"));
        return java.util.Collections.unmodifiableMap(roles);
    }

    public static String routedDescriptorId(String role) {
        return ROUTED_IDS.get(role);
    }

    /** The routed vCPE's classifier, firewall and router, in chain order, all on {@code image}. */
    public static List<VnfDescriptor> routed(String image) {
        return ROUTED.keySet().stream().map(role -> routed(role, image)).toList();
    }

    /**
     * One routed network function: one container whose data CPs (one per point, {@code eth1}… in order) each sit on an
     * internal link the VNF exposes as requirement {@code <point>}, with one allocated address each. The address data
     * is what makes a chain of them carry traffic (docs/chain-context.md).
     */
    public static VnfDescriptor routed(String role, String image) {
        VnfDescriptor plain = vnf(role, image);
        ContainerVdu vdu = (ContainerVdu) plain.flavours().getFirst().vdus().getFirst();
        List<VduCp> cps = new ArrayList<>();
        List<ExtCp> ext = new ArrayList<>();
        List<ExposedRequirement> exposed = new ArrayList<>();
        List<VirtualLink> links = new ArrayList<>();
        List<String> points = ROUTED.get(role);
        for (int i = 0; i < points.size(); i++) {
            String p = points.get(i);
            cps.add(new VduCp(role + "_" + p, List.of("ipv4"), Optional.of(VDU), Optional.of(p), OptionalInt.of(i))
                    .withAddressing(Optional.of(CpAddressing.allocated())));
            ext.add(new ExtCp(role + "_" + p + "_ext", List.of("ipv4"), Optional.of(p)));
            exposed.add(new ExposedRequirement(p, role + "_" + p + "_ext", "external_virtual_link"));
            links.add(link(p));
        }
        String product = "Routed " + role;
        VnfIdentity id = new VnfIdentity(
                VnfIdentity.BASE_TYPE,
                ROUTED_IDS.get(role),
                "1.0.0",
                "Example Networks",
                product,
                "1.0",
                product,
                List.of("etsivnfm:v4.4.1"));
        return new VnfDescriptor(id, List.of(DemoDescriptors.flavour(List.of(vdu), cps, links, ext, exposed)));
    }

    /**
     * The image reference the demo uses: {@code image}, or its repository and tag on {@code registry} when one is
     * given (a mirror or a local registry that holds the same image).
     */
    public static String image(String image, String registry) {
        String chosen = image == null || image.isBlank() ? DEFAULT_IMAGE : image.trim();
        if (registry == null || registry.isBlank()) {
            return chosen;
        }
        int slash = chosen.indexOf('/');
        String first = slash < 0 ? "" : chosen.substring(0, slash);
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        String path = hasRegistry ? chosen.substring(slash + 1) : chosen;
        return registry.trim().replaceAll("/+$", "") + "/" + path;
    }

    public static String descriptorId(String role) {
        return IDS.get(role);
    }

    /** The classifier, firewall and router of the vCPE, in chain order, all on {@code image}. */
    public static List<VnfDescriptor> vcpe(String image) {
        return VCPE.stream().map(role -> vnf(role, image)).toList();
    }

    /** One network function: the firewall sits in the middle (two sides) and scales; the ends have one side. */
    public static VnfDescriptor vnf(String role, String image) {
        boolean middle = role.equals("firewall");
        ContainerVdu vdu = new ContainerVdu(
                VDU,
                VDU,
                "vCPE " + role + " engine",
                new VduProfile(1, 4),
                role,
                "Deployment",
                List.of(DemoDescriptors.withExtensions(
                        DemoDescriptors.container(
                                role + "_engine",
                                DemoDescriptors.containerImage(image, Optional.empty()),
                                100,
                                32L << 20),
                        new ContainerExtensions(
                                List.of(new ContainerExtensions.Port("http", PORT, "TCP")),
                                environment(role),
                                Optional.empty(),
                                Optional.empty()))),
                List.of(),
                new VduExtensions(
                        VduExtensions.Isolation.SHARED_KERNEL, Optional.empty(), List.of("amd64", "arm64"), Map.of()));
        List<VduCp> cps = new ArrayList<>(List.of(
                new VduCp(role + "_cp", List.of("ipv4"), Optional.of(VDU), Optional.of("inside"), OptionalInt.of(0))));
        List<ExtCp> ext = new ArrayList<>(List.of(new ExtCp(role + "_ext", List.of("ipv4"), Optional.of("inside"))));
        List<ExposedRequirement> exposed = new ArrayList<>(
                List.of(new ExposedRequirement("virtual_link", role + "_ext", "external_virtual_link")));
        List<VirtualLink> links = new ArrayList<>(List.of(link("inside")));
        if (middle) {
            cps.add(new VduCp(
                    role + "_cp_out", List.of("ipv4"), Optional.of(VDU), Optional.of("outside"), OptionalInt.of(1)));
            ext.add(new ExtCp(role + "_ext_out", List.of("ipv4"), Optional.of("outside")));
            exposed.add(new ExposedRequirement("virtual_link_2", role + "_ext_out", "external_virtual_link"));
            links.add(link("outside"));
        }
        Flavour flavour = DemoDescriptors.flavour(List.of(vdu), cps, links, ext, exposed);
        return new VnfDescriptor(identity(role), List.of(middle ? scalable(flavour, VDU) : flavour));
    }

    /** Both the NF stand-in's and whoami's settings: whichever image runs listens on {@link #PORT}, named. */
    private static Map<String, String> environment(String role) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(PORT));
        env.put("NF_NAME", role);
        env.put("WHOAMI_PORT_NUMBER", String.valueOf(PORT));
        env.put("WHOAMI_NAME", role);
        return env;
    }

    /** Levels small (one engine) and large (three), and a capacity aspect in steps of one. */
    private static Flavour scalable(Flavour base, String vdu) {
        return new Flavour(
                base.id(),
                base.description(),
                base.vdus(),
                base.storages(),
                base.cps(),
                base.virtualLinks(),
                base.extCps(),
                base.exposed(),
                List.of(new ScalingAspect(
                        "capacity", "capacity", "Engines", 3, List.of("step"), Map.of(vdu, Map.of("step", 1)))),
                Map.of(vdu, 1),
                List.of(
                        new InstantiationLevel("small", "One engine", Map.of("capacity", 0), Map.of(vdu, 1)),
                        new InstantiationLevel("large", "Three engines", Map.of("capacity", 2), Map.of(vdu, 3))),
                Optional.of("small"),
                Map.of(),
                List.of(),
                List.of("instantiate", "terminate", "scale"));
    }

    private static VnfIdentity identity(String role) {
        String product = "vCPE " + role;
        return new VnfIdentity(
                VnfIdentity.BASE_TYPE,
                IDS.get(role),
                "1.0.0",
                "Example Networks",
                product,
                "1.0",
                product,
                List.of("etsivnfm:v4.4.1"));
    }

    private static VirtualLink link(String name) {
        return new VirtualLink(
                name, Optional.of(name + " network"), List.of("ipv4"), Optional.of("mesh"), 1_000_000_000L, 0);
    }
}
