package io.chainline.tosca.sol001;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * An ordered YAML mapping under construction: absent optionals and empty collections are left out, so written
 * descriptors carry only what the model holds.
 */
final class YamlTree {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .setDereferenceAliases(true)
            .build();

    private final Map<String, Object> entries = new LinkedHashMap<>();

    static YamlTree map() {
        return new YamlTree();
    }

    YamlTree put(String key, Object value) {
        if (value instanceof YamlTree tree) {
            entries.put(key, tree.entries);
        } else if (value != null) {
            entries.put(key, value);
        }
        return this;
    }

    YamlTree optional(String key, Optional<?> value) {
        value.ifPresent(v -> put(key, v));
        return this;
    }

    YamlTree optional(String key, OptionalLong value) {
        value.ifPresent(v -> put(key, v));
        return this;
    }

    YamlTree optional(String key, OptionalInt value) {
        value.ifPresent(v -> put(key, v));
        return this;
    }

    YamlTree size(String key, OptionalLong bytes) {
        bytes.ifPresent(v -> put(key, Scalars.size(v)));
        return this;
    }

    YamlTree nonEmpty(String key, Collection<?> values) {
        if (!values.isEmpty()) {
            put(key, values);
        }
        return this;
    }

    YamlTree nonEmpty(String key, Map<String, ?> values) {
        if (!values.isEmpty()) {
            put(key, values);
        }
        return this;
    }

    YamlTree nonEmpty(String key, YamlTree tree) {
        if (!tree.entries.isEmpty()) {
            put(key, tree.entries);
        }
        return this;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Map<String, Object> asMap() {
        return entries;
    }

    String dump() {
        return new Dump(SETTINGS).dumpToString(entries);
    }
}
