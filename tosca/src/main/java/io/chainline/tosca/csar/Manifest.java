package io.chainline.tosca.csar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SOL004 manifest ({@code .mf}): the metadata block, one Source/Algorithm/Hash block per listed file, whether
 * non-MANO artifact sets are declared, and whether a CMS signature is embedded (option 1).
 */
record Manifest(Map<String, String> metadata, List<Entry> entries, boolean hasNonManoSets, boolean signed) {

    record Entry(String source, Optional<String> algorithm, Optional<String> hash, int line) {}

    /**
     * Reads leniently what real manifests write: keys in any case ({@code source:} as well as {@code Source:}),
     * Hash before or after Algorithm, entries under non_mano_artifact_sets (listed, usually without digest).
     */
    static Manifest parse(byte[] bytes) {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        boolean nonMano = false;
        boolean inMetadata = false;
        Pending pending = null;
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("-----BEGIN CMS")) {
                return new Manifest(metadata, close(pending, entries), nonMano, true);
            }
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#") || colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "metadata" -> inMetadata = true;
                case "non_mano_artifact_sets" -> {
                    nonMano = true;
                    inMetadata = false;
                }
                case "source" -> {
                    entries = close(pending, entries);
                    pending = new Pending(value, i + 1);
                    inMetadata = false;
                }
                case "algorithm" -> {
                    if (pending != null) {
                        pending.algorithm = value;
                    }
                }
                case "hash" -> {
                    if (pending != null) {
                        pending.hash = value;
                    }
                }
                default -> {
                    if (inMetadata) {
                        metadata.put(line.substring(0, colon).trim(), value);
                    }
                }
            }
        }
        return new Manifest(metadata, close(pending, entries), nonMano, false);
    }

    private static List<Entry> close(Pending pending, List<Entry> entries) {
        if (pending != null) {
            entries.add(new Entry(
                    pending.source,
                    Optional.ofNullable(pending.algorithm),
                    Optional.ofNullable(pending.hash),
                    pending.line));
        }
        return entries;
    }

    private static final class Pending {
        private final String source;
        private final int line;
        private String algorithm;
        private String hash;

        Pending(String source, int line) {
            this.source = source;
            this.line = line;
        }
    }
}
