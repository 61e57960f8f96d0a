package io.chainline.console.deployment.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How deployments keep their settings, desired state and job requests: JSON of the typed records. */
@Component
public class DeploymentJson {

    private final JsonMapper mapper = JsonMapper.builder()
            // derived accessors such as isNoOp() are not state
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    public <T> List<T> readList(String json, Class<T> element) {
        return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, element));
    }

    public <T> T read(String json, TypeReference<T> type) {
        return mapper.readValue(json, type);
    }
}
