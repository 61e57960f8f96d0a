package io.chainline.console.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.Sol001Edition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChainPictureTest {

    private static final Pattern BOX =
            Pattern.compile("<g class=\"(vnf|link|sap)\" data-node=\"([^\"]+)\" data-x=\"([0-9.]+)\"");

    private final ChainPicture picture = new ChainPicture();

    private static Map<String, Double> xOf(String svg, String kind) {
        Map<String, Double> xs = new LinkedHashMap<>();
        Matcher m = BOX.matcher(svg);
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                xs.put(m.group(2), Double.parseDouble(m.group(3)));
            }
        }
        return xs;
    }

    @Test
    void theVcpeIsDrawnWithItsThreeVnfsTwoLinksAndThePathInOrderLeftToRight() {
        NsDescriptor vcpe = DemoChains.vcpe();

        ChainPicture.Picture drawn = picture.draw(vcpe);

        assertThat(xOf(drawn.svg(), "vnf")).containsOnlyKeys("classifier", "firewall", "router");
        assertThat(xOf(drawn.svg(), "link")).hasSize(2);
        assertThat(drawn.pathOrder()).containsEntry("web", List.of("classifier", "firewall", "router"));
        Map<String, Double> x = xOf(drawn.svg(), "vnf");
        assertThat(x.get("classifier")).isLessThan(x.get("firewall"));
        assertThat(x.get("firewall")).isLessThan(x.get("router"));
        assertThat(drawn.svg())
                .contains("data-hop=\"1\"")
                .contains("data-hop=\"2\"")
                .doesNotContain("data-hop=\"3\"");
    }

    @Test
    void theDemoChainIsAValidCleanSol001Nsd() {
        ToscaEngine engine = new ToscaEngine();

        assertThat(engine.checkChain(DemoChains.vcpe())).isEmpty();
        assertThat(engine.export(DemoChains.vcpe(), Sol001Edition.V4_4_1).ok()).isTrue();
    }

    @Test
    void aLongChainStaysInPathOrderAndNamesAreEscaped() {
        List<String> names = new ArrayList<>(
                IntStream.rangeClosed(1, 30).mapToObj(i -> "vnf" + i).toList());
        names.set(0, "a<b>&\"c\"");

        ChainPicture.Picture drawn = picture.draw(DemoChains.line("long", names));

        assertThat(drawn.svg()).contains("a&lt;b&gt;&amp;&quot;c&quot;").doesNotContain("a<b>");
        List<Double> xs = new ArrayList<>(xOf(drawn.svg(), "vnf").values());
        assertThat(xs).hasSize(30).isSorted();
    }

    @Test
    void eachPathEntersFromItsClassifierSoEvenAOneHopPathHasItsArrow() {
        NsDescriptor vcpe = DemoChains.vcpe();
        NsDescriptor oneHop = ChainPaths.removeHop(ChainPaths.removeHop(vcpe, 2), 1);

        String full = picture.draw(vcpe).svg();
        String single = picture.draw(oneHop).svg();

        assertThat(full)
                .contains("<g class=\"classifier\" data-node=\"classifier:web\"")
                .contains("path web · web_only")
                .contains("destination_port_range = 80..80")
                .contains("ether_type = ipv4")
                .contains("protocol = tcp");
        assertThat(arrows(full)).containsExactly("nfp-entry", "nfp", "nfp");
        assertThat(single).contains("data-path=\"web\"").doesNotContain("data-hop=");
        assertThat(arrows(single)).containsExactly("nfp-entry");
        // the classifier box sits left of the VNF the path enters
        Matcher classifier = Pattern.compile("data-node=\"classifier:web\" data-x=\"([0-9.]+)\"")
                .matcher(full);
        assertThat(classifier.find()).isTrue();
        assertThat(Double.parseDouble(classifier.group(1)))
                .isLessThan(xOf(full, "vnf").get("classifier"));
    }

    @Test
    void aPathWithoutRulesEntersFromAllTraffic() {
        NsDescriptor open = ChainPaths.classify(DemoChains.vcpe(), Map.of());

        assertThat(picture.draw(open).svg()).contains("all traffic").contains("class=\"nfp-entry\"");
        assertThat(picture.draw(ChainEdits.blank("empty", "me")).svg()).doesNotContain("class=\"nfp-entry\"");
    }

    private static List<String> arrows(String svg) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<polyline class=\"(nfp[a-z-]*)\"[^>]*marker-end=\"url\\(#arrow\\)\"")
                .matcher(svg);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aMarkedBoxGetsAnOutlineAndALetterWithItsTitleAndTheLayoutStaysTheSame() {
        NsDescriptor vcpe = DemoChains.vcpe();
        String plain = picture.draw(vcpe).svg();

        String marked = picture.draw(
                        vcpe,
                        Map.of(
                                "firewall",
                                new ChainPicture.Mark("C", "#c92a2a", "Critical alarm on <firewall>", "CRITICAL")))
                .svg();

        assertThat(marked)
                .contains("data-node=\"firewall\"")
                .contains("data-mark=\"CRITICAL\"")
                .contains("<title>Critical alarm on &lt;firewall&gt;</title>")
                .contains(">C</text>")
                // an inline style, so a page's stylesheet that fills its boxes cannot fill the outline over the name
                .contains("class=\"mark\"")
                .contains("style=\"fill:none;stroke:#c92a2a;stroke-width:2.5\"");
        assertThat(marked.split("data-mark=", -1)).hasSize(2);
        assertThat(xOf(marked, "vnf")).isEqualTo(xOf(plain, "vnf"));
        assertThat(plain).doesNotContain("data-mark");
    }
}
