package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.Container;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.Flavour;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a descriptor with layer-3 data on its links, addresses and roles on its connection points and
 * capabilities on its containers, written as SOL001 (v4.4.1, and v2.6.1 for a VM VNF) and read again, is equal; each
 * written file is accepted by the engine. Subnets, gateways, pools and addresses are generated valid (IPv4 and IPv6,
 * static or DHCP, fixed or allocated), since the engine refuses to write invalid ones.
 */
class NetworkRoundTripTest {

    private static final ToscaEngine ENGINE = new ToscaEngine();

    @Property(tries = 60)
    void aVmVnfWithNetworksRoundTripsInBothEditions(
            @ForAll("networks") List<LinkSpec> small, @ForAll("networks") List<LinkSpec> large) throws IOException {
        VnfDescriptor base = SampleDescriptors.vmRouterWithTwoFlavours();
        VnfDescriptor vnf = new VnfDescriptor(
                base.identity(),
                List.of(
                        withNetworks(base.flavours().get(0), small, "router", List.of()),
                        withNetworks(base.flavours().get(1), large, "router", List.of())));

        assertRoundTrips(vnf, Sol001Edition.V4_4_1);
        assertRoundTrips(vnf, Sol001Edition.V2_6_1);
    }

    @Property(tries = 60)
    void aContainerVnfWithNetworksAndCapabilitiesRoundTrips(
            @ForAll("networks") List<LinkSpec> links,
            @ForAll("capabilities") Set<String> engine,
            @ForAll("capabilities") Set<String> metrics)
            throws IOException {
        VnfDescriptor base = SampleDescriptors.containerFirewall();
        Flavour flavour = base.flavours().getFirst();
        ContainerVdu vdu = (ContainerVdu) flavour.vdus().getFirst();
        List<Container> containers = List.of(
                withCapabilities(vdu.containers().get(0), engine),
                withCapabilities(vdu.containers().get(1), metrics));
        ContainerVdu changed = new ContainerVdu(
                vdu.node(),
                vdu.name(),
                vdu.description(),
                vdu.profile(),
                vdu.mcioName(),
                vdu.mcioType(),
                containers,
                vdu.storages(),
                vdu.extensions());
        Flavour withVdu = copy(flavour, List.of(changed), flavour.cps(), flavour.virtualLinks(), flavour.extCps());
        VnfDescriptor vnf =
                new VnfDescriptor(base.identity(), List.of(withNetworks(withVdu, links, vdu.node(), flavour.extCps())));

        assertRoundTrips(vnf, Sol001Edition.V4_4_1);
    }

    @Property(tries = 60)
    void aChainWithSubnetsAndAddressedSapsRoundTrips(@ForAll("networks") List<LinkSpec> extra) throws IOException {
        NsDescriptor base = SampleDescriptors.vcpeChain();
        List<VirtualLink> links = new ArrayList<>(base.virtualLinks());
        List<ExtCp> saps = new ArrayList<>(base.saps());
        Network network = network(extra, 200, "ns");
        links.addAll(network.links());
        network.points().forEach(p -> saps.add(new ExtCp(p.node(), List.of("ipv4"), p.link(), p.addressing())));
        NsDescriptor ns = new NsDescriptor(
                base.identity(), base.vnfs(), saps, links, base.forwarders(), base.forwardingGraphs(), base.exposed());

        assertRoundTrips(ns, Sol001Edition.V4_4_1);
    }

    private static void assertRoundTrips(Descriptor original, Sol001Edition edition) throws IOException {
        ExportResult export = ENGINE.export(original, edition);
        assertThat(export.report().issues().stream().filter(Issue::isError).map(Issue::describe))
                .as(edition + " export")
                .isEmpty();
        Path dir = Files.createTempDirectory("network-round-trip");
        try {
            Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir);
            ImportResult again = ENGINE.importFile(entry);
            assertThat(again.report().issues().stream().filter(Issue::isError).map(Issue::describe))
                    .isEmpty();
            assertThat(again.descriptor()).as(edition + " read back").contains(original);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---- generated shapes, made valid when built

    /** A link: IPv6 or not, with L3 data or not, its gateway, pools, DHCP and the points on it. */
    record LinkSpec(boolean v6, boolean l3, boolean gateway, int pools, boolean dhcp, List<PointSpec> points) {}

    /** A point: addressed or not, how many fixed addresses, how many to allocate, management or data. */
    record PointSpec(boolean addressed, int fixed, int number, boolean management) {}

    @Provide
    Arbitrary<List<LinkSpec>> networks() {
        Arbitrary<PointSpec> point = Combinators.combine(
                        Arbitraries.of(true, true, false),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false))
                .as(PointSpec::new);
        Arbitrary<LinkSpec> link = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false),
                        point.list().ofMaxSize(3))
                .as(LinkSpec::new);
        return link.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Set<String>> capabilities() {
        return Arbitraries.of("NET_ADMIN", "NET_RAW", "SYS_TIME", "IPC_LOCK")
                .set()
                .ofMaxSize(3);
    }

    /** Generated links and points, with subnets that do not overlap and addresses used once. */
    record Network(List<VirtualLink> links, List<Point> points) {}

    record Point(String node, Optional<String> link, Optional<CpAddressing> addressing) {}

    static Network network(List<LinkSpec> specs, int octet, String prefix) {
        List<VirtualLink> links = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            LinkSpec spec = specs.get(i);
            String link = prefix + "_net" + i;
            links.add(new VirtualLink(
                    link,
                    Optional.empty(),
                    List.of(spec.v6() ? "ipv6" : "ipv4"),
                    Optional.empty(),
                    0,
                    0,
                    spec.l3() ? Optional.of(l3(spec, octet, i)) : Optional.empty()));
            int next = 10;
            for (int p = 0; p < spec.points().size(); p++) {
                PointSpec point = spec.points().get(p);
                List<String> fixed = new ArrayList<>();
                for (int f = 0; f < point.fixed(); f++) {
                    fixed.add(address(spec.v6(), octet, i, next++));
                }
                int number = point.number() == 0 && fixed.isEmpty() ? 1 : point.number();
                Optional<CpAddressing> addressing = point.addressed()
                        ? Optional.of(new CpAddressing(fixed, number, point.management()))
                        : Optional.empty();
                points.add(new Point(link + "_cp" + p, Optional.of(link), addressing));
            }
        }
        return new Network(links, points);
    }

    private static L3Data l3(LinkSpec spec, int octet, int i) {
        String cidr = spec.v6() ? "fd00:" + octet + ":" + i + "::/64" : "10." + octet + "." + i + ".0/24";
        List<L3Data.Pool> pools = new ArrayList<>();
        for (int p = 0; p < spec.pools(); p++) {
            pools.add(new L3Data.Pool(
                    address(spec.v6(), octet, i, 100 + 20 * p), address(spec.v6(), octet, i, 110 + 20 * p)));
        }
        return new L3Data(
                cidr,
                spec.gateway() ? Optional.of(address(spec.v6(), octet, i, 1)) : Optional.empty(),
                pools,
                spec.dhcp(),
                spec.v6() ? "ipv6" : "ipv4");
    }

    private static String address(boolean v6, int octet, int link, int host) {
        return v6
                ? "fd00:" + octet + ":" + link + "::" + Integer.toHexString(host)
                : "10." + octet + "." + link + "." + host;
    }

    private static Flavour withNetworks(Flavour flavour, List<LinkSpec> specs, String vdu, List<ExtCp> keep) {
        Network network = network(specs, flavour.id().length() + 10, flavour.id());
        List<VduCp> cps = new ArrayList<>(flavour.cps());
        List<ExtCp> extCps = new ArrayList<>();
        List<VirtualLink> links = new ArrayList<>(flavour.virtualLinks());
        links.addAll(network.links());
        for (int i = 0; i < network.points().size(); i++) {
            Point p = network.points().get(i);
            if (i % 3 == 2) {
                extCps.add(new ExtCp(p.node(), List.of("ipv4"), p.link(), p.addressing()));
            } else {
                cps.add(new VduCp(
                        p.node(), List.of("ipv4"), Optional.of(vdu), p.link(), OptionalInt.of(i + 1), p.addressing()));
            }
        }
        List<ExtCp> allExt = new ArrayList<>(keep);
        allExt.addAll(extCps);
        return copy(flavour, flavour.vdus(), cps, links, allExt);
    }

    private static Container withCapabilities(Container c, Set<String> capabilities) {
        return new Container(
                c.node(),
                c.name(),
                c.description(),
                c.image(),
                c.cpuRequestMilli(),
                c.cpuLimitMilli(),
                c.memoryRequestBytes(),
                c.memoryLimitBytes(),
                c.extensions().withCapabilities(capabilities));
    }

    private static Flavour copy(
            Flavour f, List<Vdu> vdus, List<VduCp> cps, List<VirtualLink> links, List<ExtCp> extCps) {
        return new Flavour(
                f.id(),
                f.description(),
                vdus,
                f.storages(),
                cps,
                links,
                extCps,
                f.exposed(),
                f.scalingAspects(),
                f.initialDeltas(),
                f.levels(),
                f.defaultLevel(),
                f.placementGroups(),
                f.placementRules(),
                f.lcmOperations());
    }
}
