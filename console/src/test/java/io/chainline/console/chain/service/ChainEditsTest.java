package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.ForwardingPath;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainEditsTest {

    private final ToscaEngine engine = new ToscaEngine();
    private final ChainPicture picture = new ChainPicture();

    /** What a designer does in the chain editor: 3 VNFs, 2 links, 4 connections, 3 hops and a classifier. */
    static NsDescriptor vcpe() {
        NsDescriptor ns = ChainEdits.blank("vCPE edge", "Example Networks");
        ns = ChainEdits.addVnf(ns, "classifier", DemoDescriptors.classifier());
        ns = ChainEdits.addVnf(ns, "firewall", DemoDescriptors.firewall());
        ns = ChainEdits.addVnf(ns, "router", DemoDescriptors.router());
        ns = ChainEdits.addLink(ns, "steered", "ipv4");
        ns = ChainEdits.addLink(ns, "filtered", "ipv4");
        ns = ChainEdits.connect(ns, "classifier", "virtual_link", "steered");
        // the firewall's requirements connected "backwards": the path still enters it on the classifier's side
        ns = ChainEdits.connect(ns, "firewall", "virtual_link", "filtered");
        ns = ChainEdits.connect(ns, "firewall", "virtual_link_2", "steered");
        ns = ChainEdits.connect(ns, "router", "virtual_link", "filtered");
        ns = ChainPaths.addHop(ns, "classifier", "all");
        ns = ChainPaths.addHop(ns, "firewall", "all");
        ns = ChainPaths.addHop(ns, "router", "all");
        return ChainPaths.classify(
                ns, Map.of("ether_type", "ipv4", "protocol", "tcp", "destination_port_range", "80..80", "dscp", " "));
    }

    @Test
    void theEditedVcpeIsACleanSol001NsdDrawnInPathOrder() {
        NsDescriptor vcpe = vcpe();

        assertThat(engine.checkChain(vcpe)).isEmpty();
        assertThat(engine.export(vcpe, Sol001Edition.V4_4_1).ok()).isTrue();
        ForwardingPath path = ChainPaths.path(vcpe);
        assertThat(path.positions())
                .extracting(p -> p.elements().getFirst().profileElements())
                .containsExactly(
                        List.of("classifier_cp"), List.of("firewall_cp2", "firewall_cp"), List.of("router_cp"));
        assertThat(path.rules())
                .singleElement()
                .satisfies(r ->
                        assertThat(r.criteria()).containsOnlyKeys("ether_type", "protocol", "destination_port_range"));
        assertThat(picture.draw(vcpe).pathOrder())
                .containsEntry(path.node(), List.of("classifier", "firewall", "router"));
    }

    @Test
    void theEditedVcpeSurvivesExportAndImportUnchanged() {
        NsDescriptor vcpe = vcpe();

        var exported = engine.export(vcpe, Sol001Edition.V4_4_1).written().orElseThrow();
        var yaml = exported.files().values().iterator().next();
        var back = engine.importYaml("vcpe.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(back.descriptor()).contains(vcpe);
    }

    @Test
    void movingAHopTurnsItSoThePathStaysConnected() {
        NsDescriptor vcpe = vcpe();

        NsDescriptor moved = ChainPaths.moveHop(vcpe, 2, -1);

        assertThat(ChainPaths.path(moved).positions())
                .extracting(p -> ChainPaths.vnfOfHop(moved, p).orElseThrow())
                .containsExactly("classifier", "router", "firewall");
        assertThat(engine.checkChain(moved)).extracting(i -> i.code().code()).contains("NFP-HOP-UNCONNECTED");
        assertThat(ChainPaths.moveHop(moved, 2, -1)).isEqualTo(vcpe);
        assertThat(ChainPaths.moveHop(vcpe, 0, -1)).isEqualTo(vcpe);
    }

    @Test
    void removingAVnfTakesItsConnectionsAndHopsWithIt() {
        NsDescriptor without = ChainEdits.removeVnf(vcpe(), "firewall");

        assertThat(without.vnfs()).extracting(v -> v.node()).containsExactly("classifier", "router");
        assertThat(without.forwarders()).extracting(f -> f.node()).containsExactly("classifier_cp", "router_cp");
        assertThat(ChainPaths.path(without).positions()).hasSize(2);
        assertThat(without.forwardingGraphs().getFirst().members()).doesNotContain("firewall");
        assertThat(engine.checkChain(without))
                .extracting(i -> i.code().code())
                .containsExactlyInAnyOrder("NFP-HOP-UNCONNECTED", "NFP-HOP-WITHOUT-CP");
    }

    @Test
    void removingALinkDisconnectsWhatWasOnIt() {
        NsDescriptor without = ChainEdits.removeLink(vcpe(), "filtered");

        assertThat(without.virtualLinks()).extracting(l -> l.node()).containsExactly("steered");
        assertThat(without.vnfs().get(2).virtualLinks()).isEmpty();
        assertThat(ChainPaths.path(without).positions())
                .extracting(p -> p.elements().getFirst().profileElements())
                .containsExactly(List.of("classifier_cp"), List.of("firewall_cp2"));
        assertThat(engine.checkChain(without)).isEmpty();
    }

    @Test
    void repointingAConnectionKeepsEveryHopThroughIt() {
        NsDescriptor vcpe = vcpe();

        EditPreview preview = ChainPreviews.connect(vcpe, "classifier", "virtual_link", "filtered");

        assertThat(preview.alsoRemoved()).isEmpty();
        assertThat(ChainPaths.path(preview.result()).positions())
                .extracting(p -> p.node())
                .containsExactly("hop1", "hop2", "hop3");
        assertThat(ChainPaths.path(preview.result())
                        .positions()
                        .getFirst()
                        .elements()
                        .getFirst()
                        .profileElements())
                .containsExactly("classifier_cp");
        assertThat(ChainEdits.linkOf(preview.result(), "classifier_cp")).contains("filtered");
        // and back again gives the chain it started from
        assertThat(ChainEdits.connect(preview.result(), "classifier", "virtual_link", "steered"))
                .isEqualTo(vcpe);
    }

    @Test
    void removalsNameEverythingThatGoesWithThem() {
        NsDescriptor vcpe = vcpe();

        assertThat(ChainPreviews.removeVnf(vcpe, "firewall").alsoRemoved())
                .containsExactly(
                        "connection firewall · virtual_link",
                        "connection firewall · virtual_link_2",
                        "hop 2 of path main (firewall)");
        assertThat(ChainPreviews.removeLink(vcpe, "filtered").alsoRemoved())
                .containsExactly(
                        "connection firewall · virtual_link",
                        "connection router · virtual_link",
                        "firewall_cp from hop 2 of path main",
                        "hop 3 of path main (router)");
        assertThat(ChainPreviews.disconnect(vcpe, "classifier", "virtual_link").alsoRemoved())
                .containsExactly("hop 1 of path main (classifier)");
        assertThat(ChainPreviews.removeHop(vcpe, 1).alsoRemoved()).isEmpty();
        assertThat(ChainPreviews.removeHop(vcpe, 1).result()).isEqualTo(ChainPaths.removeHop(vcpe, 1));
    }

    @Test
    void reconnectingARequirementMovesItInsteadOfDuplicatingIt() {
        NsDescriptor ns = ChainEdits.connect(vcpe(), "router", "virtual_link", "steered");

        assertThat(ns.forwarders())
                .filteredOn(f -> f.node().equals("router_cp"))
                .singleElement()
                .satisfies(f -> assertThat(f.virtualLink()).contains("steered"));
    }

    @Test
    void mistakesAreRefusedWithTheReasonAndWhatToDo() {
        NsDescriptor vcpe = vcpe();

        assertThatThrownBy(() -> ChainEdits.addVnf(vcpe, "router", DemoDescriptors.router()))
                .hasMessageContaining("'router' is taken");
        assertThatThrownBy(() -> ChainEdits.addLink(vcpe, "9 lives", "ipv4"))
                .hasMessageContaining("start with a letter");
        assertThatThrownBy(() -> ChainEdits.connect(vcpe, "router", "virtual_link", "nowhere"))
                .hasMessageContaining("add it first");
        NsDescriptor lonely = ChainEdits.addVnf(vcpe, "spare", DemoDescriptors.router());
        assertThatThrownBy(() -> ChainPaths.addHop(lonely, "spare", "all")).hasMessageContaining("connect it before");
    }

    @Test
    void aCatalogVnfOffersTheRequirementsItsDescriptorExposes() {
        assertThat(ChainEdits.requirementsOf(DemoDescriptors.firewall()))
                .containsExactly("virtual_link", "virtual_link_2");
        assertThat(ChainEdits.requirementsOf(DemoDescriptors.router())).containsExactly("virtual_link");
    }
}
