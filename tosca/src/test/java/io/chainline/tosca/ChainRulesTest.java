package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.ForwardingGraph;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfProfileRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service-chain rules on the model: each broken chain gets the one coded issue that names its fault. */
class ChainRulesTest {

    private final ToscaEngine engine = new ToscaEngine();

    private List<IssueCode> codes(NsDescriptor ns) {
        return engine.checkChain(ns).stream().map(Issue::code).toList();
    }

    @Test
    void theVcpeSampleIsClean() {
        assertThat(engine.checkChain(SampleDescriptors.vcpeChain())).isEmpty();
    }

    @Test
    void aHopToAPointTheServiceDoesNotHaveIsUnknown() {
        NsDescriptor ns = withPath(SampleDescriptors.vcpeChain(), List.of("fw_in", "vpn_in"));

        assertThat(engine.checkChain(ns)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.NFP_HOP_UNKNOWN);
            assertThat(issue.path()).isEqualTo("forwardingGraphs.vcpe_graph.paths.http_path.positions[2]");
            assertThat(issue.message()).contains("vpn_in");
        });
    }

    @Test
    void aPathThatReturnsToAPointIsALoop() {
        assertThat(codes(withPath(SampleDescriptors.vcpeChain(), List.of("fw_in", "router_in", "fw_in"))))
                .containsExactly(IssueCode.NFP_HOP_REPEATED);
    }

    @Test
    void hopsOnDifferentLinksWithNothingBetweenThemAreReported() {
        NsDescriptor base = SampleDescriptors.vcpeChain();
        List<VirtualLink> links = new ArrayList<>(base.virtualLinks());
        links.add(new VirtualLink("wan", Optional.empty(), List.of("ipv4"), Optional.empty(), 0, 0));
        NsDescriptor ns = new NsDescriptor(
                base.identity(),
                base.vnfs(),
                base.saps(),
                links,
                List.of(
                        new NsDescriptor.Forwarder("fw_in", Optional.of("lan")),
                        new NsDescriptor.Forwarder("router_in", Optional.of("wan"))),
                base.forwardingGraphs(),
                base.exposed());

        // the router is entered from lan, where it has no connection point: an error beside the warning
        assertThat(codes(ns)).containsExactlyInAnyOrder(IssueCode.NFP_HOP_UNCONNECTED, IssueCode.NFP_HOP_WITHOUT_CP);
        assertThat(engine.checkChain(ns))
                .filteredOn(i -> i.code() == IssueCode.NFP_HOP_WITHOUT_CP)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.path()).isEqualTo("forwardingGraphs.vcpe_graph.paths.http_path.positions[2]");
                    assertThat(issue.message()).contains("router", "lan");
                });
    }

    @Test
    void aHopEnteredOnTheWrongPointOfAVnfThatIsOnTheLinkIsOnlyUnconnected() {
        NsDescriptor base = SampleDescriptors.vcpeChain();
        List<VirtualLink> links = new ArrayList<>(base.virtualLinks());
        links.add(new VirtualLink("wan", Optional.empty(), List.of("ipv4"), Optional.empty(), 0, 0));
        List<VnfProfileRef> vnfs = new ArrayList<>(base.vnfs());
        VnfProfileRef router = vnfs.remove(1);
        vnfs.add(new VnfProfileRef(
                router.node(),
                router.nodeType(),
                router.descriptorId(),
                router.flavourId(),
                router.instantiationLevel(),
                1,
                1,
                Map.of("virtual_link", "router_in", "virtual_link_2", "router_lan")));
        NsDescriptor ns = new NsDescriptor(
                base.identity(),
                vnfs,
                base.saps(),
                links,
                List.of(
                        new NsDescriptor.Forwarder("fw_in", Optional.of("lan")),
                        new NsDescriptor.Forwarder("router_in", Optional.of("wan")),
                        new NsDescriptor.Forwarder("router_lan", Optional.of("lan"))),
                base.forwardingGraphs(),
                base.exposed());

        assertThat(codes(ns)).containsExactly(IssueCode.NFP_HOP_UNCONNECTED);
    }

    @Test
    void aHopNamingAVnfItselfNeedsTheVnfOnTheLinkTrafficArrivesOn() {
        NsDescriptor onLan = withPath(SampleDescriptors.vcpeChain(), List.of("customer_sap", "router"));
        assertThat(engine.checkChain(onLan)).isEmpty();

        NsDescriptor base = SampleDescriptors.vcpeChain();
        NsDescriptor elsewhere = withPath(
                new NsDescriptor(
                        base.identity(),
                        base.vnfs(),
                        List.of(new ExtCp("customer_sap", List.of("ipv4"), Optional.of("wan"))),
                        List.of(
                                base.virtualLinks().getFirst(),
                                new VirtualLink("wan", Optional.empty(), List.of("ipv4"), Optional.empty(), 0, 0)),
                        base.forwarders(),
                        base.forwardingGraphs(),
                        base.exposed()),
                List.of("customer_sap", "router"));
        assertThat(codes(elsewhere)).containsExactly(IssueCode.NFP_HOP_WITHOUT_CP);
    }

    @Test
    void danglingLinksMismatchedProtocolsAndDuplicateNamesAreErrors() {
        NsDescriptor base = SampleDescriptors.vcpeChain();
        NsDescriptor ns = new NsDescriptor(
                base.identity(),
                base.vnfs(),
                List.of(
                        new ExtCp("customer_sap", List.of("ethernet"), Optional.of("lan")),
                        new ExtCp("lan", List.of("ipv4"), Optional.of("nowhere"))),
                base.virtualLinks(),
                base.forwarders(),
                base.forwardingGraphs(),
                base.exposed());

        assertThat(codes(ns))
                .containsExactlyInAnyOrder(
                        IssueCode.NS_NAME_DUPLICATE, IssueCode.NS_LAYER_MISMATCH, IssueCode.NS_LINK_DANGLING);
    }

    private static NsDescriptor withPath(NsDescriptor base, List<String> hops) {
        List<ForwardingPath.Position> positions = new ArrayList<>();
        for (int i = 0; i < hops.size(); i++) {
            positions.add(new ForwardingPath.Position(
                    "p" + i, Optional.empty(), List.of(new ForwardingPath.Element("e" + i, List.of(hops.get(i))))));
        }
        ForwardingGraph graph = base.forwardingGraphs().getFirst();
        ForwardingPath old = graph.paths().getFirst();
        ForwardingGraph changed = new ForwardingGraph(
                graph.name(),
                graph.description(),
                graph.members(),
                List.of(new ForwardingPath(old.node(), positions, old.rules())));
        return new NsDescriptor(
                base.identity(),
                base.vnfs(),
                base.saps(),
                base.virtualLinks(),
                base.forwarders(),
                List.of(changed),
                base.exposed());
    }
}
