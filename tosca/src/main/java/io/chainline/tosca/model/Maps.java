package io.chainline.tosca.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Model maps are sorted by key: equal content is equal whatever order the YAML listed it in. */
final class Maps {

    private Maps() {}

    static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
