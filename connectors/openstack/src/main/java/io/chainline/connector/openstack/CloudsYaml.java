package io.chainline.connector.openstack;

import io.chainline.connector.api.AccessException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** One cloud of an OpenStack {@code clouds.yaml}, as the form fields Keystone v3 needs. */
final class CloudsYaml {

    private CloudsYaml() {}

    static List<String> clouds(String yaml) {
        return List.copyOf(cloudsOf(yaml).keySet().stream().map(String::valueOf).toList());
    }

    /** The cloud's answers, keyed as {@link OpenStackPlatform#FORM} keys them; absent ones are left out. */
    static Map<String, String> entry(String yaml, String cloud) {
        Map<?, ?> clouds = cloudsOf(yaml);
        String name = cloud == null || cloud.isBlank()
                ? String.valueOf(clouds.keySet().iterator().next())
                : cloud;
        if (!(clouds.get(name) instanceof Map<?, ?> entry)) {
            throw new AccessException(
                    "FLEET-CLOUD-MISSING",
                    "cloud",
                    "clouds.yaml has no cloud '" + name + "'; it has " + clouds.keySet() + ".");
        }
        Map<?, ?> auth = entry.get("auth") instanceof Map<?, ?> a ? a : Map.of();
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "authUrl", text(auth, "auth_url"));
        put(fields, "userName", text(auth, "username"));
        put(fields, "userDomain", text(auth, "user_domain_name").or(() -> text(auth, "user_domain_id")));
        put(fields, "password", text(auth, "password"));
        put(fields, "applicationCredentialId", text(auth, "application_credential_id"));
        put(fields, "applicationCredentialSecret", text(auth, "application_credential_secret"));
        put(fields, "projectName", text(auth, "project_name"));
        put(fields, "projectDomain", text(auth, "project_domain_name").or(() -> text(auth, "project_domain_id")));
        put(fields, "region", text(entry, "region_name"));
        return fields;
    }

    private static Map<?, ?> cloudsOf(String yaml) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (RuntimeException e) {
            // the parser's message quotes the text, which holds passwords
            throw new AccessException(
                    "FLEET-CLOUDS-YAML", "cloudsYaml", "This is not readable YAML; paste clouds.yaml as it is.");
        }
        if (root instanceof Map<?, ?> top && top.get("clouds") instanceof Map<?, ?> clouds && !clouds.isEmpty()) {
            return clouds;
        }
        throw new AccessException(
                "FLEET-CLOUDS-YAML", "cloudsYaml", "clouds.yaml has no 'clouds:' section with a cloud in it.");
    }

    private static void put(Map<String, String> fields, String key, Optional<String> value) {
        value.ifPresent(v -> fields.put(key, v));
    }

    private static Optional<String> text(Map<?, ?> map, String key) {
        return Optional.ofNullable(map.get(key)).map(String::valueOf);
    }
}
