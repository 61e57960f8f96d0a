package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.Sol001Edition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chain with a physical CPE on one of its links: drawn as physical, and part of the NSD the chain exports. */
class ChainPnfPictureTest {

    private static NsDescriptor withCpe() {
        NsDescriptor vcpe = DemoChains.vcpe();
        String link = vcpe.virtualLinks().getFirst().node();
        return vcpe.withPnfs(List.of(new PnfRef("cpe", "lab.pnf.Cpe", "cpe-pnfd-1", Map.of("lan", link))));
    }

    @Test
    void aPnfIsDrawnAsAPhysicalSquareBoxWiredToItsLink() {
        ChainPicture.Picture drawn = new ChainPicture().draw(withCpe());

        assertThat(drawn.svg())
                .contains("<g class=\"pnf\" data-node=\"cpe\"")
                .contains("PNF · physical, not deployed")
                .contains(".pnf rect{");
        assertThat(drawn.vnfs()).as("a PNF is no VNF").isEqualTo(3);
    }

    @Test
    void theNsdTheChainExportsNamesThePnfAndItsLink() {
        var export = new ToscaEngine().export(withCpe(), Sol001Edition.V4_4_1);

        assertThat(export.ok()).as(export.report().issues().toString()).isTrue();
        String yaml = export.written().orElseThrow().files().values().iterator().next();
        assertThat(yaml)
                .contains(
                        "cpe:", "type: lab.pnf.Cpe", "descriptor_id: cpe-pnfd-1", "derived_from: tosca.nodes.nfv.PNF");
    }
}
