package io.chainline.console.fleet.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** One cloud of an OpenStack {@code clouds.yaml}, as the fields Keystone v3 needs. */
final class CloudsYaml {

    private CloudsYaml() {}

    static List<String> clouds(String yaml) {
        return List.copyOf(cloudsOf(yaml).keySet().stream().map(String::valueOf).toList());
    }

    static TargetRequest.OpenStack entry(String yaml, String cloud) {
        Map<?, ?> clouds = cloudsOf(yaml);
        String name = cloud == null || cloud.isBlank()
                ? String.valueOf(clouds.keySet().iterator().next())
                : cloud;
        if (!(clouds.get(name) instanceof Map<?, ?> entry)) {
            throw new ChainlineException(
                    "FLEET-CLOUD-MISSING",
                    Category.INVALID,
                    "clouds.yaml has no cloud '" + name + "'; it has " + clouds.keySet() + ".");
        }
        Map<?, ?> auth = entry.get("auth") instanceof Map<?, ?> a ? a : Map.of();
        return new TargetRequest.OpenStack(
                null,
                null,
                text(auth, "auth_url"),
                text(auth, "username"),
                Optional.ofNullable(text(auth, "user_domain_name")).orElse(text(auth, "user_domain_id")),
                text(auth, "password"),
                text(auth, "application_credential_id"),
                text(auth, "application_credential_secret"),
                text(auth, "project_name"),
                Optional.ofNullable(text(auth, "project_domain_name")).orElse(text(auth, "project_domain_id")),
                text(entry, "region_name"));
    }

    private static Map<?, ?> cloudsOf(String yaml) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (RuntimeException e) {
            // the parser's message quotes the text, which holds passwords
            throw new ChainlineException(
                    "FLEET-CLOUDS-YAML", Category.INVALID, "This is not readable YAML; paste clouds.yaml as it is.");
        }
        if (root instanceof Map<?, ?> top && top.get("clouds") instanceof Map<?, ?> clouds && !clouds.isEmpty()) {
            return clouds;
        }
        throw new ChainlineException(
                "FLEET-CLOUDS-YAML", Category.INVALID, "clouds.yaml has no 'clouds:' section with a cloud in it.");
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
