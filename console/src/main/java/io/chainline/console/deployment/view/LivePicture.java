package io.chainline.console.deployment.view;

import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.alarm.view.AlarmBadges;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.chain.service.ChainPicture;
import io.chainline.console.deployment.service.LiveStatus;
import io.chainline.console.deployment.service.Names;
import io.chainline.console.deployment.service.NfKpi;
import io.chainline.tosca.model.NsDescriptor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chain picture coloured by live state: each VNF box gets {@code data-live} and a fill: grey pending, blue
 * progressing, green ready, red failed or absent. Done on the SVG text so the chain feature draws as it always does.
 * Alarms are the chain picture's marks ({@link #alarmMarks}): an outline and a letter in the severity's colour.
 */
final class LivePicture {

    private static final String STYLE = "<style>"
            + "g[data-live=PENDING] rect:not(.mark){fill:#f1f3f5;stroke:#868e96}"
            + "g[data-live=PROGRESSING] rect:not(.mark){fill:#d0ebff;stroke:#1971c2;stroke-dasharray:4 2}"
            + "g[data-live=READY] rect:not(.mark){fill:#d3f9d8;stroke:#2b8a3e}"
            + "g[data-live=FAILED] rect:not(.mark),g[data-live=ABSENT] rect:not(.mark){fill:#ffe3e3;stroke:#c92a2a}"
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

    /**
     * Each VNF's and link's worst active alarm as a mark on its box: a coloured outline and the severity's letter. An
     * NF is found by its DNS name (what the sources report) or its node name; a link by its node name.
     */
    static Map<String, ChainPicture.Mark> alarmMarks(NsDescriptor ns, AlarmQueries.Worst worst) {
        Map<String, ChainPicture.Mark> marks = new LinkedHashMap<>();
        ns.vnfs()
                .forEach(v -> worst.nf(Names.dns(v.node()))
                        .or(() -> worst.nf(v.node()))
                        .ifPresent(s -> marks.put(v.node(), mark(s, v.node()))));
        ns.virtualLinks().forEach(l -> worst.resource(l.node()).ifPresent(s -> marks.put(l.node(), mark(s, l.node()))));
        return marks;
    }

    private static ChainPicture.Mark mark(Severity severity, String part) {
        String letter = switch (severity) {
            case CRITICAL -> "C";
            case MAJOR -> "M";
            case MINOR -> "m";
            case WARNING -> "W";
            case INDETERMINATE, CLEARED -> "?";
        };
        return new ChainPicture.Mark(
                letter, AlarmBadges.colour(severity), severity.label() + " alarm on " + part, severity.name());
    }

    /**
     * Each VNF's packets forwarded on its data interfaces (the chain's traffic through it), with how old the count
     * is, as a line in its box: {@code ⇄ 1,234 pkts · just now}. VNFs without a count (no data interface, a platform
     * that does not count per interface) get none.
     */
    static Map<String, String> trafficNotes(NsDescriptor ns, Map<String, NfKpi> latest, Instant now) {
        Map<String, String> notes = new LinkedHashMap<>();
        ns.vnfs()
                .forEach(v -> Optional.ofNullable(latest.get(Names.dns(v.node())))
                        .filter(k -> k.forwardedPackets() != null)
                        .ifPresent(k -> notes.put(
                                v.node(),
                                "⇄ " + String.format(Locale.ROOT, "%,d", k.forwardedPackets()) + " pkts · "
                                        + AlarmBadges.ago(k.at(), now))));
        return notes;
    }

    static String label(LiveStatus.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
