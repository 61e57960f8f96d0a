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
}
