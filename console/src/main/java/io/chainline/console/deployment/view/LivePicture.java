package io.chainline.console.deployment.view;

import io.chainline.console.deployment.service.LiveStatus;
import java.util.Locale;
import java.util.Map;

/**
 * The chain picture coloured by live state: each VNF box gets {@code data-live} and a fill: grey pending, blue
 * progressing, green ready, red failed or absent. Done on the SVG text so the chain feature draws as it always does.
 */
final class LivePicture {

    private static final String STYLE = "<style>"
            + "g[data-live=PENDING] rect{fill:#f1f3f5;stroke:#868e96}"
            + "g[data-live=PROGRESSING] rect{fill:#d0ebff;stroke:#1971c2;stroke-dasharray:4 2}"
            + "g[data-live=READY] rect{fill:#d3f9d8;stroke:#2b8a3e}"
            + "g[data-live=FAILED] rect,g[data-live=ABSENT] rect{fill:#ffe3e3;stroke:#c92a2a}"
            + "</style>";

    private LivePicture() {}

    /** @param states by VNF node name in the chain (the picture's {@code data-node}) */
    static String colour(String svg, Map<String, LiveStatus.State> states) {
        String out = svg;
        for (Map.Entry<String, LiveStatus.State> e : states.entrySet()) {
            out = out.replace(
                    "class=\"vnf\" data-node=\"" + e.getKey() + "\"",
                    "class=\"vnf\" data-node=\"" + e.getKey() + "\" data-live=\""
                            + e.getValue().name() + "\"");
        }
        int close = out.lastIndexOf("</svg>");
        return close < 0 ? out : out.substring(0, close) + STYLE + out.substring(close);
    }

    static String label(LiveStatus.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
