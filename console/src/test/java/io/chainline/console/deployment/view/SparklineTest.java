package io.chainline.console.deployment.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The sparkline's path over a window: scaling, flat lines, gaps, lone samples, nothing at all. */
class SparklineTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = FROM.plusSeconds(120);
    private static final Duration GAP = Duration.ofSeconds(60);

    private static Sparkline.Point at(int second, Double value) {
        return new Sparkline.Point(FROM.plusSeconds(second), value);
    }

    @Test
    void valuesSpanTheHeightAndTimeSpansTheWidth() {
        String path = Sparkline.path(List.of(at(0, 1.0), at(30, 3.0), at(60, 2.0), at(120, 1.0)), FROM, TO, GAP);

        // x = seconds / 120 * 120; y: min 1 at 22 (bottom less padding), max 3 at 2
        assertThat(path).isEqualTo("M0 22 L30 2 L60 12 L120 22");
    }

    @Test
    void aFlatLineSitsInTheMiddle() {
        assertThat(Sparkline.path(List.of(at(0, 5.0), at(60, 5.0)), FROM, TO, GAP))
                .isEqualTo("M0 12 L60 12");
    }

    @Test
    void aMissingSampleOrALongSilenceBreaksTheLine() {
        String missing = Sparkline.path(
                List.of(at(0, 1.0), at(30, 2.0), at(60, null), at(90, 1.0), at(120, 2.0)), FROM, TO, GAP);
        String silent = Sparkline.path(List.of(at(0, 1.0), at(30, 2.0), at(100, 1.0), at(120, 2.0)), FROM, TO, GAP);

        assertThat(missing).isEqualTo("M0 22 L30 2 M90 22 L120 2");
        assertThat(silent).isEqualTo("M0 22 L30 2 M100 22 L120 2");
    }

    @Test
    void aLoneSampleIsADotLongStroke() {
        assertThat(Sparkline.path(List.of(at(60, 4.0)), FROM, TO, GAP)).isEqualTo("M60 12 h0.1");
        assertThat(Sparkline.path(List.of(at(0, 1.0), at(90, 2.0), at(120, 3.0)), FROM, TO, GAP))
                .isEqualTo("M0 22 h0.1 M90 12 L120 2");
    }

    @Test
    void nothingKnownDrawsADashedBaselineAndNoPath() throws Exception {
        String svg = Sparkline.svg(List.of(at(0, null)), FROM, TO, GAP, v -> v + "");

        assertThat(Sparkline.path(List.of(), FROM, TO, GAP)).isEmpty();
        assertThat(svg).contains("no samples").contains("stroke-dasharray").doesNotContain("<path");
        parses(svg);
    }

    @Test
    void theSvgIsWellFormedWithTheLastDotAndMinMaxInItsTooltip() throws Exception {
        List<Sparkline.Point> points = new ArrayList<>();
        for (int s = 0; s <= 120; s += 30) {
            points.add(at(s, (double) s));
        }

        String svg = Sparkline.svg(points, FROM, TO, GAP, v -> String.format(java.util.Locale.ROOT, "%.0f <B>", v));

        parses(svg);
        assertThat(svg).contains("<title>min 0 &lt;B&gt;, max 120 &lt;B&gt;, last 120 &lt;B&gt;</title>");
        assertThat(svg).contains("class=\"sparkline-last\" cx=\"120\" cy=\"2\"");
    }

    private static void parses(String svg) throws Exception {
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
