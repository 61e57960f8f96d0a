package io.chainline.console.fleet.service;

import io.chainline.connector.api.Platform;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import io.chainline.console.base.service.SecretBox;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access details at rest: the platform's text map of them as one JSON object, sealed with AES-GCM by the {@link
 * SecretBox}. Nothing of it is stored, logged or returned in the clear. Rows sealed before ADR 23 hold the access
 * record itself as JSON, which is the same object (component names as keys, absent values as null), so they open
 * unchanged.
 */
@Component
class AccessVault {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final SecretBox box;
    private final ConnectorRegistry platforms;
    private final JsonMapper mapper = JsonMapper.builder().build();

    AccessVault(SecretBox box, ConnectorRegistry platforms) {
        this.box = box;
        this.platforms = platforms;
    }

    String seal(TargetAccess access) {
        Map<String, String> fields = platforms.platform(access.kind()).encode(access);
        try {
            return box.seal(mapper.writeValueAsString(fields));
        } catch (JacksonException e) {
            throw new IllegalStateException("access details of kind " + access.kind() + " could not be written", e);
        }
    }

    TargetAccess open(TargetKind kind, String sealed) {
        Platform platform = platforms.platform(kind);
        Map<String, Object> stored;
        try {
            stored = mapper.readValue(box.open(sealed), OBJECT);
        } catch (JacksonException e) {
            // the message would quote the decrypted JSON: keep only the type of failure
            throw new IllegalStateException("stored access details of kind " + kind + " are unreadable ("
                    + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (value != null) {
                fields.put(key, String.valueOf(value));
            }
        });
        return platform.decode(fields);
    }
}
