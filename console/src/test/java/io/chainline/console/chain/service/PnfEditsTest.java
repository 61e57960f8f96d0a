package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adding a catalog PNFD to a chain, wiring its ext CPs to NS links, and what the other edits do to it. */
class PnfEditsTest {

    private static final PnfDescriptor CPE = new PnfDescriptor(
            new PnfIdentity("lab.pnf.Cpe", "cpe-pnfd-1", "Lab", "CPE", "1.0", "Customer router", "cpe-inv"),
            List.of(
                    new ExtCp("wan", List.of("ipv4"), Optional.empty()),
                    new ExtCp("lan", List.of("ipv4"), Optional.empty())),
            Optional.empty());

    private static NsDescriptor withConnectedCpe() {
        NsDescriptor vcpe = DemoChains.vcpe();
        String link = vcpe.virtualLinks().getFirst().node();
        return PnfEdits.connect(PnfEdits.addPnf(vcpe, "cpe", CPE), "cpe", "lan", link);
    }

    @Test
    void aPnfIsAddedFromItsPnfdAndConnectedToAnNsLink() {
        NsDescriptor ns = withConnectedCpe();

        assertThat(ns.pnfs()).singleElement().satisfies(p -> {
            assertThat(p.nodeType()).isEqualTo("lab.pnf.Cpe");
            assertThat(p.descriptorId()).isEqualTo("cpe-pnfd-1");
            assertThat(p.virtualLinks())
                    .containsEntry("lan", ns.virtualLinks().getFirst().node());
        });
        assertThat(PnfEdits.extCpsOf(CPE)).containsExactly("wan", "lan");
        assertThat(new ToscaEngine().checkChain(ns)).isEmpty();
    }

    @Test
    void itsNameMustBeFreeAndItsLinkMustExist() {
        NsDescriptor ns = withConnectedCpe();

        assertThatThrownBy(() -> PnfEdits.addPnf(ns, "firewall", CPE)).hasMessageContaining("taken");
        assertThatThrownBy(() -> PnfEdits.connect(ns, "cpe", "wan", "nowhere")).hasMessageContaining("no link");
        assertThatThrownBy(() -> ChainEdits.addLink(ns, "cpe", "ipv4")).hasMessageContaining("taken");
    }

    @Test
    void otherEditsKeepThePnfAndRemovingItsLinkDisconnectsIt() {
        NsDescriptor ns = ChainEdits.addLink(withConnectedCpe(), "oob", "ipv4");
        assertThat(ns.pnfs()).hasSize(1);

        NsDescriptor without =
                ChainEdits.removeLink(ns, ns.virtualLinks().getFirst().node());

        assertThat(without.pnfs())
                .singleElement()
                .satisfies(p -> assertThat(p.virtualLinks()).isEmpty());
        String link = ns.virtualLinks().getFirst().node();
        String cp = ns.pnfs().getFirst().virtualLinks().entrySet().stream()
                .filter(e -> e.getValue().equals(link))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        assertThat(ChainPreviews.removeLink(ns, link).alsoRemoved())
                .as("the confirmation names the PNF's connection the removal takes")
                .contains(Consequences.pnfConnection("cpe", cp));
    }

    @Test
    void removingThePnfRemovesIt() {
        NsDescriptor ns = PnfEdits.removePnf(withConnectedCpe(), "cpe");

        assertThat(ns.pnfs()).isEmpty();
        assertThat(ns.vnfs()).hasSize(3);
        assertThat(PnfEdits.disconnect(withConnectedCpe(), "cpe", "lan")
                        .pnfs()
                        .getFirst()
                        .virtualLinks())
                .isEqualTo(Map.of());
    }

    @Test
    void aPnfConnectedToNothingKeepsTheChainFromPublishing() {
        NsDescriptor unconnected = PnfEdits.addPnf(DemoChains.vcpe(), "cpe", CPE);

        assertThat(ChainReadiness.of(DemoChains.vcpe(), List.of()).publishable())
                .isTrue();
        assertThat(ChainReadiness.of(unconnected, List.of()).blocking())
                .map(ChainReadiness.Finding::code)
                .contains("CHAIN-PNF-UNCONNECTED");
        assertThat(ChainReadiness.of(withConnectedCpe(), List.of()).publishable())
                .isTrue();
    }
}
