package io.chainline.tosca.csar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code TOSCA-Metadata/TOSCA.meta}: block 0's keys (Entry-Definitions, ETSI-Entry-*…); later blocks are ignored.
 *
 * @param comments the 1-based numbers of the {@code #} lines before or inside block 0: the TOSCA-Meta format has no
 *     comments, but Tacker's and ONAP's samples write them, so they are skipped here and judged by the caller
 */
record ToscaMeta(Map<String, String> block0, Optional<String> malformedLine, List<Integer> comments) {

    static final String PATH = "TOSCA-Metadata/TOSCA.meta";

    static ToscaMeta parse(byte[] bytes) {
        Map<String, String> keys = new LinkedHashMap<>();
        Optional<String> malformed = Optional.empty();
        List<Integer> comments = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                if (!keys.isEmpty()) {
                    break; // end of block 0
                }
                continue;
            }
            if (line.strip().startsWith("#")) {
                // before this, "# Copyright: x" was read as a key and the blank line after it ended block 0
                comments.add(i + 1);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                malformed = malformed.or(() -> Optional.of(line));
                continue;
            }
            keys.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return new ToscaMeta(keys, malformed, List.copyOf(comments));
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(block0.get(key)).filter(v -> !v.isBlank());
    }
}
