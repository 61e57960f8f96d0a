package io.chainline.tosca.yaml;

import io.chainline.tosca.issue.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A mapping with string keys in document order; each key's own location is kept for "unknown field" issues. */
public record YMap(Map<String, YNode> entries, Map<String, Location> keyLocations, Location location, String path)
        implements YNode {

    public YMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        keyLocations = Map.copyOf(keyLocations);
    }

    public Optional<YNode> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Optional<YMap> map(String key) {
        return get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
    }

    public Optional<String> text(String key) {
        return get(key).filter(YScalar.class::isInstance)
                .map(YScalar.class::cast)
                .filter(s -> !s.isNull())
                .map(YScalar::text);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Location keyLocation(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    @Override
    public String kind() {
        return "a map";
    }
}
