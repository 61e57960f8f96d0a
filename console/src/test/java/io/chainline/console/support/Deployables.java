package io.chainline.console.support;

import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.chain.service.ChainService;
import io.chainline.console.chain.service.ChainSummary;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.tosca.model.ContainerExtensions;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.ExposedRequirement;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.InstantiationLevel;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.NsIdentity;
import io.chainline.tosca.model.ScalingAspect;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VduExtensions;
import io.chainline.tosca.model.VduProfile;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfIdentity;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Deployable service chains for tests: containerised VNFs on the NF stand-in image (it answers HTTP on its PORT), and
 * the vCPE line classifier → firewall → router over them, published through the catalog and chain services.
 */
public final class Deployables {

    /** How one VNF of a test chain runs. */
    public record Nf(String name, VduExtensions extensions, Map<String, String> environment, boolean scalable) {
        public static Nf plain(String name, int port) {
            return new Nf(name, VduExtensions.NONE, Map.of("PORT", String.valueOf(port), "NF_NAME", name), false);
        }

        public Nf scaling() {
            return new Nf(name, extensions, environment, true);
        }

        public Nf with(VduExtensions ext) {
            return new Nf(name, ext, environment, scalable);
        }

        public Nf env(String key, String value) {
            Map<String, String> env = new java.util.LinkedHashMap<>(environment);
            env.put(key, value);
            return new Nf(name, extensions, env, scalable);
        }
    }

    private Deployables() {}

    /** classifier (8081) → firewall (8082, scalable: levels small=1, large=3, aspect capacity) → router (8083). */
    public static List<Nf> vcpe() {
        return List.of(Nf.plain("classifier", 8081), Nf.plain("firewall", 8082).scaling(), Nf.plain("router", 8083));
    }

    /** Publishes one catalog VNF per NF and a chain through them, and returns the published chain. */
    public static ChainSummary publish(CatalogService catalog, ChainService chains, String image, List<Nf> nfs) {
        List<String> ids = new ArrayList<>();
        for (VnfDescriptor vnf : descriptors(image, nfs)) {
            VnfSummary draft = catalog.createDraft(vnf, "alice");
            catalog.publish(draft.id(), draft.version(), "alice");
            ids.add(vnf.descriptorId());
        }
        ChainSummary draft = chains.createDraft(chain(nfs.stream().map(Nf::name).toList(), ids), "alice");
        return chains.publish(draft.id(), draft.version(), "alice");
    }

    /** The vCPE's three VNF descriptors, for callers that publish through the API. */
    public static List<VnfDescriptor> vcpeDescriptors(String image) {
        return descriptors(image, vcpe());
    }

    /** The vCPE chain over the given descriptor ids (classifier, firewall, router). */
    public static NsDescriptor vcpeChain(List<String> descriptorIds) {
        return chain(vcpe().stream().map(Nf::name).toList(), descriptorIds);
    }

    /** One VNF descriptor per NF, for callers that publish through the API. */
    public static List<VnfDescriptor> descriptorsOf(String image, List<Nf> nfs) {
        return descriptors(image, nfs);
    }

    /** A chain through the given NFs' descriptors, in order. */
    public static NsDescriptor chainOf(List<Nf> nfs, List<String> descriptorIds) {
        return chain(nfs.stream().map(Nf::name).toList(), descriptorIds);
    }

    private static List<VnfDescriptor> descriptors(String image, List<Nf> nfs) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<VnfDescriptor> vnfs = new ArrayList<>();
        for (int i = 0; i < nfs.size(); i++) {
            vnfs.add(vnf(nfs.get(i), image, tag, i > 0 && i < nfs.size() - 1 || nfs.size() == 1));
        }
        return vnfs;
    }

    private static NsDescriptor chain(List<String> names, List<String> ids) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        NsDescriptor line = DemoChains.line("vCPE", names);
        List<VnfProfileRef> vnfs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            VnfProfileRef v = line.vnfs().get(i);
            vnfs.add(new VnfProfileRef(
                    v.node(), v.nodeType(), ids.get(i), v.flavourId(), Optional.empty(), 1, 1, v.virtualLinks()));
        }
        NsIdentity id = line.identity();
        return new NsDescriptor(
                new NsIdentity(
                        id.nodeType(),
                        UUID.randomUUID().toString(),
                        id.designer(),
                        "1.0",
                        "vcpe-" + tag,
                        id.invariantId(),
                        id.flavourId()),
                vnfs,
                line.saps(),
                line.virtualLinks(),
                line.forwarders(),
                line.forwardingGraphs(),
                line.exposed());
    }

    /**
     * A new published version of a chain in which one network function is replaced by another VNF (another image
     * configuration), for upgrades.
     */
    public static ChainSummary nextVersion(
            CatalogService catalog,
            ChainService chains,
            String image,
            ChainSummary chain,
            String version,
            Nf replacement) {
        ChainSummary draft = chains.newVersion(chain.id(), version, "alice");
        NsDescriptor ns = chains.get(draft.id()).descriptor();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int index = ns.vnfs().stream().map(VnfProfileRef::node).toList().indexOf(replacement.name());
        VnfDescriptor vnf =
                vnf(replacement, image, tag, index > 0 && index < ns.vnfs().size() - 1);
        VnfSummary created = catalog.createDraft(vnf, "alice");
        catalog.publish(created.id(), created.version(), "alice");
        List<VnfProfileRef> vnfs = new ArrayList<>(ns.vnfs());
        VnfProfileRef old = vnfs.get(index);
        vnfs.set(
                index,
                new VnfProfileRef(
                        old.node(),
                        old.nodeType(),
                        vnf.descriptorId(),
                        old.flavourId(),
                        old.instantiationLevel(),
                        old.minInstances(),
                        old.maxInstances(),
                        old.virtualLinks()));
        NsDescriptor changed = new NsDescriptor(
                ns.identity(),
                vnfs,
                ns.saps(),
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed());
        ChainSummary saved = chains.saveDraft(draft.id(), draft.version(), changed, "alice");
        return chains.publish(saved.id(), saved.version(), "alice");
    }

    /** A new published version of a chain (same VNFs), for upgrades. */
    public static ChainSummary nextVersion(ChainService chains, ChainSummary chain, String version) {
        ChainSummary draft = chains.newVersion(chain.id(), version, "alice");
        return chains.publish(draft.id(), draft.version(), "alice");
    }

    private static VnfDescriptor vnf(Nf nf, String image, String tag, boolean twoSided) {
        int port =
                Integer.parseInt(nf.environment().getOrDefault("PORT", "8080").replaceAll("\\D", "0"));
        ContainerVdu vdu = new ContainerVdu(
                "main",
                "main",
                nf.name() + " engine",
                new VduProfile(1, 4),
                nf.name(),
                "Deployment",
                List.of(DemoDescriptors.withExtensions(
                        DemoDescriptors.container(
                                "engine", DemoDescriptors.containerImage(image, Optional.empty()), 50, 32L << 20),
                        new ContainerExtensions(
                                List.of(new ContainerExtensions.Port("http", port == 0 ? 8080 : port, "TCP")),
                                nf.environment(),
                                Optional.empty(),
                                // no probe: podman without systemd never runs health checks
                                Optional.empty()))),
                List.of(),
                nf.extensions());
        List<VduCp> cps = new ArrayList<>(List.of(
                new VduCp("main_cp", List.of("ipv4"), Optional.of("main"), Optional.of("inside"), OptionalInt.of(0))));
        List<ExtCp> ext = new ArrayList<>(List.of(new ExtCp("ext_in", List.of("ipv4"), Optional.of("inside"))));
        List<ExposedRequirement> exposed =
                new ArrayList<>(List.of(new ExposedRequirement("virtual_link", "ext_in", "external_virtual_link")));
        List<VirtualLink> links = new ArrayList<>(List.of(link("inside")));
        if (twoSided) {
            cps.add(new VduCp(
                    "main_cp_out", List.of("ipv4"), Optional.of("main"), Optional.of("outside"), OptionalInt.of(1)));
            ext.add(new ExtCp("ext_out", List.of("ipv4"), Optional.of("outside")));
            exposed.add(new ExposedRequirement("virtual_link_2", "ext_out", "external_virtual_link"));
            links.add(link("outside"));
        }
        Flavour base = DemoDescriptors.flavour(List.of(vdu), cps, links, ext, exposed);
        Flavour flavour = nf.scalable()
                ? new Flavour(
                        base.id(),
                        base.description(),
                        base.vdus(),
                        base.storages(),
                        base.cps(),
                        base.virtualLinks(),
                        base.extCps(),
                        base.exposed(),
                        List.of(new ScalingAspect(
                                "capacity",
                                "capacity",
                                "Engines",
                                3,
                                List.of("step"),
                                Map.of("main", Map.of("step", 1)))),
                        Map.of("main", 1),
                        List.of(
                                new InstantiationLevel("small", "One engine", Map.of("capacity", 0), Map.of("main", 1)),
                                new InstantiationLevel(
                                        "large", "Three engines", Map.of("capacity", 2), Map.of("main", 3))),
                        Optional.of("small"),
                        Map.of(),
                        List.of(),
                        List.of("instantiate", "terminate", "scale"))
                : base;
        VnfIdentity identity = new VnfIdentity(
                VnfIdentity.BASE_TYPE,
                UUID.randomUUID().toString(),
                "1.0.0",
                "Example Networks",
                "v" + nf.name() + "-" + tag,
                "1.0",
                "v" + nf.name(),
                List.of("etsivnfm:v4.4.1"));
        return new VnfDescriptor(identity, List.of(flavour));
    }

    private static VirtualLink link(String name) {
        return new VirtualLink(
                name, Optional.of(name + " network"), List.of("ipv4"), Optional.of("mesh"), 1_000_000_000L, 0);
    }
}
