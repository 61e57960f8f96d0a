package io.chainline.console.deployment.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.chain.service.DemoChains;
import io.chainline.console.deployment.service.NfKpi;
import io.chainline.tosca.model.NsDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain's traffic through each NF is a line in its box, with its age; an NF without a count gets none. */
class LivePictureTest {

    private static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");
    private static final NsDescriptor VCPE = DemoChains.vcpeWithClassifier(List.of("a", "b", "c"));

    private static NfKpi forwarded(String nf, Long packets, Instant at) {
        return new NfKpi(nf, at, true, 1, 0.1, 1L, 0L, 10L, 10L, null, null, packets);
    }

    @Test
    void eachNfWithACountShowsItsForwardedPacketsAndHowOldTheyAre() {
        Map<String, String> notes = LivePicture.trafficNotes(
                VCPE,
                Map.of(
                        "firewall", forwarded("firewall", 12_345L, NOW.minusSeconds(20)),
                        "router", forwarded("router", 7L, NOW.minusSeconds(180)),
                        "classifier", forwarded("classifier", null, NOW)),
                NOW);

        assertThat(notes)
                .containsEntry("firewall", "⇄ 12,345 pkts · just now")
                .containsEntry("router", "⇄ 7 pkts · 3 min ago")
                .doesNotContainKey("classifier");

        String svg = new ChainPicture().draw(VCPE, Map.of(), notes).svg();
        assertThat(svg).contains("⇄ 12,345 pkts · just now").contains("⇄ 7 pkts · 3 min ago");
    }
}
