package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.AddressingSamples;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.ModelJson;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.L3Data;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import io.chainline.tosca.model.VnfDescriptor;
import io.chainline.tosca.model.VnfProfileRef;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of chain-editor edits (hundreds of them, each up to 25 steps): after every step the model survives
 * being stored and read back, the finished chain survives SOL001 export and import, and no edit removes anything it
 * did not name: additive edits and re-pointing remove nothing, and a removal keeps every hop it does not touch.
 */
class ChainEditsPropertyTest {

    private static final List<VnfDescriptor> CATALOG =
            List.of(DemoDescriptors.classifier(), DemoDescriptors.firewall(), DemoDescriptors.router());
    private static final List<String> CRITERIA =
            List.of("ether_type", "protocol", "source_ip_address_prefix", "destination_port_range", "dscp");
    private static final List<String> VALUES = List.of("ipv4", "tcp", "10.0.0.0/8", "80..80", "46");

    private final ModelJson json = new ModelJson();
    private final ToscaEngine engine = new ToscaEngine();

    /** One editor action: which kind, and three numbers that pick its targets among what the chain holds. */
    record Step(int kind, int a, int b, int c) {}

    @Provide
    Arbitrary<List<Step>> sequences() {
        return sequences(11);
    }

    /**
     * With the valid subnet and SAP addressing edits (10, 11) and the invalid ones (12), which only storage keeps as
     * typed. Once the TOSCA engine reads and writes L3 data (issue 22's model work), {@link
     * #everyEditRoundTripsAndDropsNothingUnnamed} takes 10 and 11 too: give it {@code sequences(11)}.
     */
    @Provide
    Arbitrary<List<Step>> addressedSequences() {
        return sequences(12);
    }

    private static Arbitrary<List<Step>> sequences(int kinds) {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 99);
        return Combinators.combine(Arbitraries.integers().between(0, kinds), n, n, n)
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    @Property(tries = 250)
    void everyEditRoundTripsAndDropsNothingUnnamed(@ForAll("sequences") List<Step> steps, @ForAll boolean fromVcpe) {
        NsDescriptor ns = fromVcpe ? ChainEditsTest.vcpe() : ChainEdits.blank("random chain", "Example Networks");
        for (Step step : steps) {
            NsDescriptor before = ns;
            try {
                ns = apply(before, step);
            } catch (IllegalArgumentException refused) {
                continue; // a refused edit leaves the model as it was
            }
            assertThat(json.readNs(json.write(ns))).as("stored and read back").isEqualTo(ns);
        }
        var written = engine.export(ns, Sol001Edition.V4_4_1).written();
        Statistics.label("exported").collect(written.isPresent());
        if (written.isPresent()) {
            String yaml = written.get().files().get(written.get().entry());
            var back = engine.importYaml("chain.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            if (AddressingSamples.addressedBadly(back)) {
                return;
            }
            assertThat(back.descriptor()).as("exported and imported: %s", yaml).contains(ns);
        }
        Statistics.label("exported").coverage(c -> c.check(true).percentage(p -> p > 80));
    }

    @Property(tries = 200)
    void subnetAndSapAddressingEditsSurviveStorageAndDropNothing(@ForAll("addressedSequences") List<Step> steps) {
        NsDescriptor ns = withSaps(ChainEditsTest.vcpe());
        for (Step step : steps) {
            NsDescriptor before = ns;
            try {
                ns = apply(before, step);
            } catch (IllegalArgumentException refused) {
                continue;
            }
            assertThat(json.readNs(json.write(ns))).as("stored and read back").isEqualTo(ns);
        }
    }

    /** The chain with an ingress and an egress SAP on its first and last link. */
    private static NsDescriptor withSaps(NsDescriptor ns) {
        List<ExtCp> saps = List.of(
                new ExtCp(
                        "ingress",
                        List.of("ipv4"),
                        Optional.of(ns.virtualLinks().getFirst().node())),
                new ExtCp(
                        "egress",
                        List.of("ipv4"),
                        Optional.of(ns.virtualLinks().getLast().node())));
        return new NsDescriptor(
                ns.identity(),
                ns.vnfs(),
                saps,
                ns.virtualLinks(),
                ns.forwarders(),
                ns.forwardingGraphs(),
                ns.exposed());
    }

    private NsDescriptor apply(NsDescriptor ns, Step s) {
        List<VnfProfileRef> vnfs = ns.vnfs();
        List<String> links = ns.virtualLinks().stream().map(l -> l.node()).toList();
        int hops = ChainPaths.path(ns).positions().size();
        return switch (s.kind()) {
            case 0 -> added(ns, ChainEdits.addVnf(ns, "v" + s.a() % 6, CATALOG.get(s.b() % 3)));
            case 1 ->
                vnfs.isEmpty()
                        ? ns
                        : removed(
                                ns,
                                ChainPreviews.removeVnf(
                                        ns, vnfs.get(s.a() % vnfs.size()).node()));
            case 2 -> added(ns, ChainEdits.addLink(ns, "l" + s.a() % 4, "ipv4"));
            case 3 -> links.isEmpty() ? ns : removed(ns, ChainPreviews.removeLink(ns, links.get(s.a() % links.size())));
            case 4 -> vnfs.isEmpty() || links.isEmpty() ? ns : connect(ns, vnfs.get(s.a() % vnfs.size()), s, links);
            case 5 -> vnfs.isEmpty() ? ns : disconnect(ns, vnfs.get(s.a() % vnfs.size()), s);
            case 6 ->
                vnfs.isEmpty()
                        ? ns
                        : added(
                                ns,
                                ChainPaths.addHop(
                                        ns,
                                        vnfs.get(s.a() % vnfs.size()).node(),
                                        List.of("all", "lb", "ff").get(s.b() % 3)));
            case 7 -> hops == 0 ? ns : removed(ns, ChainPreviews.removeHop(ns, s.a() % hops));
            case 8 -> hops == 0 ? ns : added(ns, ChainPaths.moveHop(ns, s.a() % hops, s.b() % 2 == 0 ? -1 : 1));
            case 9 -> added(ns, ChainPaths.classify(ns, criteria(s)));
            default -> addressed(ns, s, links);
        };
    }

    /** 10: a valid subnet (each link its own), 11: a SAP's addressing, 12: an invalid subnet or address. */
    private NsDescriptor addressed(NsDescriptor ns, Step s, List<String> links) {
        if (s.kind() == 11 || s.kind() == 12 && s.c() % 2 == 0) {
            List<Optional<CpAddressing>> samples =
                    s.kind() == 11 ? AddressingSamples.ADDRESSING : AddressingSamples.INVALID_ADDRESSING;
            return ns.saps().isEmpty()
                    ? ns
                    : added(
                            ns,
                            ChainEdits.setSapAddressing(
                                    ns,
                                    ns.saps().get(s.a() % ns.saps().size()).node(),
                                    samples.get(s.b() % samples.size())));
        }
        if (links.isEmpty()) {
            return ns;
        }
        Optional<L3Data> subnet = s.kind() == 10
                ? AddressingSamples.subnet(s.a() % links.size(), s.b())
                : AddressingSamples.INVALID_SUBNETS.get(s.b() % AddressingSamples.INVALID_SUBNETS.size());
        return added(ns, ChainEdits.setSubnet(ns, links.get(s.a() % links.size()), subnet));
    }

    private NsDescriptor connect(NsDescriptor ns, VnfProfileRef vnf, Step s, List<String> links) {
        List<String> requirements = ChainEdits.requirementsOf(vnfd(vnf));
        String requirement = requirements.get(s.b() % requirements.size());
        EditPreview preview = ChainPreviews.connect(ns, vnf.node(), requirement, links.get(s.c() % links.size()));
        assertThat(preview.alsoRemoved())
                .as("connecting or re-pointing names nothing to remove")
                .isEmpty();
        assertThat(hopsOf(preview.result())).as("every hop keeps its points").isEqualTo(hopsOf(ns));
        return added(ns, preview.result());
    }

    private NsDescriptor disconnect(NsDescriptor ns, VnfProfileRef vnf, Step s) {
        List<String> connected = List.copyOf(vnf.virtualLinks().keySet());
        if (connected.isEmpty()) {
            return ns;
        }
        String requirement = connected.get(s.b() % connected.size());
        return removed(ns, ChainPreviews.disconnect(ns, vnf.node(), requirement));
    }

    /** An edit that adds or rearranges: nothing that was there is gone. */
    private static NsDescriptor added(NsDescriptor before, NsDescriptor after) {
        assertThat(Consequences.removed(before, after))
                .as("an additive edit removed")
                .isEmpty();
        return after;
    }

    /**
     * A removal: the parts it lists are all that go besides the one named, and every hop whose points all survive
     * is still there with the same points.
     */
    private static NsDescriptor removed(NsDescriptor before, EditPreview preview) {
        NsDescriptor after = preview.result();
        List<String> gone = Consequences.removed(before, after);
        assertThat(gone).as("listed").containsAll(preview.alsoRemoved());
        assertThat(gone.size() - preview.alsoRemoved().size())
                .as("besides the named part")
                .isLessThanOrEqualTo(1);
        Set<String> points = new HashSet<>();
        after.forwarders().forEach(f -> points.add(f.node()));
        Predicate<Set<String>> untouched = p -> points.containsAll(p);
        Map<String, Set<String>> hopsAfter = hopsOf(after);
        hopsOf(before).forEach((hop, through) -> {
            boolean named = preview.alsoRemoved().stream().anyMatch(n -> n.startsWith(hop.replaceFirst("/.*", "")));
            if (untouched.test(through) && hopsAfter.containsKey(hop)) {
                assertThat(hopsAfter.get(hop)).as("hop %s", hop).isEqualTo(through);
            } else if (untouched.test(through) && !named) {
                assertThat(gone).as("hop %s went without being named", hop).anyMatch(g -> g.startsWith("hop "));
            }
        });
        return after;
    }

    /** Every hop of every path, {@code path/hop} → the points it goes through (as a set: hops turn). */
    private static Map<String, Set<String>> hopsOf(NsDescriptor ns) {
        Map<String, Set<String>> hops = new java.util.TreeMap<>();
        ns.forwardingGraphs()
                .forEach(g -> g.paths()
                        .forEach(p -> p.positions()
                                .forEach(q -> hops.put(p.node() + "/" + q.node(), new TreeSet<>(points(q))))));
        return hops;
    }

    private static List<String> points(ForwardingPath.Position position) {
        return Consequences.points(position);
    }

    private static VnfDescriptor vnfd(VnfProfileRef vnf) {
        return CATALOG.stream()
                .filter(d -> d.descriptorId().equals(vnf.descriptorId()))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> criteria(Step s) {
        Map<String, String> criteria = new java.util.LinkedHashMap<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            if ((s.a() >> i & 1) == 1 || i == s.b() % CRITERIA.size()) {
                criteria.put(CRITERIA.get(i), VALUES.get(i));
            }
        }
        return criteria;
    }
}
