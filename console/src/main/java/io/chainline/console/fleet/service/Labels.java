package io.chainline.console.fleet.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Labels stored as {@code key=value} lines, sorted, so they read well in the database too. */
final class Labels {

    private Labels() {}

    static String format(Map<String, String> labels) {
        return new TreeMap<>(labels)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> parse(String text) {
        Map<String, String> labels = new TreeMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                labels.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return labels;
    }

    /** Reads {@code site=paris, tier=edge} as typed in a form; refuses what is no key=value pair. */
    static Map<String, String> fromText(String text) {
        Map<String, String> labels = new TreeMap<>();
        for (String part : text.split("[,\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        "'" + part.trim() + "' is not a label; write key=value, comma separated.");
            }
            labels.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return labels;
    }
}
