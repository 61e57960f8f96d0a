package io.chainline.console.fleet.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Labels stored as {@code key=value} lines, sorted, so they read well in the database too. */
public final class Labels {

    private Labels() {}

    static String format(Map<String, String> labels) {
        return new TreeMap<>(labels)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /**
     * Refuses a label that could not be read back as typed: labels are stored as {@code key=value} lines, so a key
     * holding {@code =} (or a key or value holding a line break) would come back split. Refused rather than escaped,
     * because such keys are no valid Kubernetes-style label keys either.
     */
    static void requireValid(Map<String, String> labels) {
        labels.forEach((key, value) -> {
            String k = key == null ? "" : key.trim();
            if (k.isEmpty() || k.contains("=") || k.contains(",") || k.contains("\n") || k.contains("\r")) {
                throw new ChainlineException(
                        "FLEET-LABEL-INVALID",
                        Category.INVALID,
                        "The label key '" + k.replaceAll("[\r\n]", " ") + "' is not allowed: a key is not empty and"
                                + " holds no '=', ',' or line break.");
            }
            if (value != null && (value.contains("\n") || value.contains("\r"))) {
                throw new ChainlineException(
                        "FLEET-LABEL-INVALID",
                        Category.INVALID,
                        "The value of label '" + k + "' holds a line break; write it on one line.");
            }
        });
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
    public static Map<String, String> fromText(String text) {
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
