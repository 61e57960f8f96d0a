package io.chainline.tosca.csar;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code TOSCA-Metadata/TOSCA.meta}: block 0's keys (Entry-Definitions, ETSI-Entry-*…); later blocks are ignored. */
record ToscaMeta(Map<String, String> block0, Optional<String> malformedLine) {

    static final String PATH = "TOSCA-Metadata/TOSCA.meta";

    static ToscaMeta parse(byte[] bytes) {
        Map<String, String> keys = new LinkedHashMap<>();
        Optional<String> malformed = Optional.empty();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank()) {
                if (!keys.isEmpty()) {
                    break; // end of block 0
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                malformed = malformed.or(() -> Optional.of(line));
                continue;
            }
            keys.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return new ToscaMeta(keys, malformed);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(block0.get(key)).filter(v -> !v.isBlank());
    }
}
