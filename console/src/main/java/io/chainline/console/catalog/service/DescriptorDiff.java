package io.chainline.console.catalog.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A readable structural difference between two catalog versions: one line per value added, removed or changed, at a
 * path that names parts by their node name or id ({@code flavours[default].vdus[fw].profile.maxInstances}), not by
 * list position, so reordering is not a change.
 */
@Service
@Transactional(readOnly = true)
public class DescriptorDiff {

    /** @param before absent when added; @param after absent when removed */
    public record Change(String path, String before, String after) {
        public String kind() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }
    }

    private final CatalogService catalog;
    private final ModelJson json;

    DescriptorDiff(CatalogService catalog, ModelJson json) {
        this.catalog = catalog;
        this.json = json;
    }

    public List<Change> between(UUID from, UUID to) {
        return compare(catalog.get(from).descriptor(), catalog.get(to).descriptor());
    }

    /** Any two descriptors (VNFDs or NSDs), by part. */
    public List<Change> compare(io.chainline.tosca.model.Descriptor from, io.chainline.tosca.model.Descriptor to) {
        Map<String, String> a = flatten(json.tree(from));
        Map<String, String> b = flatten(json.tree(to));
        List<Change> changes = new ArrayList<>();
        a.forEach((path, value) -> {
            if (!b.containsKey(path)) {
                changes.add(new Change(path, value, null));
            } else if (!Objects.equals(value, b.get(path))) {
                changes.add(new Change(path, value, b.get(path)));
            }
        });
        b.forEach((path, value) -> {
            if (!a.containsKey(path)) {
                changes.add(new Change(path, null, value));
            }
        });
        changes.sort(java.util.Comparator.comparing(Change::path));
        return changes;
    }

    static Map<String, String> flatten(JsonNode root) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(root, "", values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("kind") || path.isEmpty()) {
                    flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), values);
                }
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = keyOf(item).orElse(String.valueOf(i));
                flatten(item, path + "[" + key + "]", values);
            }
        } else if (!node.isNull()) {
            values.put(path, isMemory(path) && node.isNumber() ? mebibytes(node.asLong()) : node.asString());
        }
    }

    /** Memory fields of VDUs and containers ({@code memoryBytes}, {@code memoryRequestBytes}…). */
    static boolean isMemory(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return field.startsWith("memory") && field.endsWith("Bytes");
    }

    /** As the designer's forms show memory: whole MiB, or the exact bytes when not a whole number of them. */
    static String mebibytes(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes (" + (bytes >> 20) + " MiB)";
    }

    private static java.util.Optional<String> keyOf(JsonNode item) {
        for (String field : List.of("node", "id", "name")) {
            if (item.isObject() && item.has(field) && item.get(field).isString()) {
                return java.util.Optional.of(item.get(field).asString());
            }
        }
        return item.isValueNode() ? java.util.Optional.of(item.asString()) : java.util.Optional.empty();
    }
}
