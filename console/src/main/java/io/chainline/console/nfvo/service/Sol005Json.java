package io.chainline.console.nfvo.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for what the SOL005 tables keep as text: user-defined data, filters, failure details, notifications. */
@Component
public class Sol005Json {

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public Map<String, Object> map(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        return mapper.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** The value as the API writes it, for SOL013 filters to look into. */
    public tools.jackson.databind.JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** A JSON merge patch (RFC 7386) one level deep, as SOL005's PATCH of user-defined data: null removes a key. */
    static Map<String, Object> mergePatch(Map<String, Object> current, Map<String, Object> patch) {
        Map<String, Object> merged = new java.util.LinkedHashMap<>(current);
        patch.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }
}
