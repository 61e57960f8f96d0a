package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SOL013 §5.3 attribute selectors of a collection answer: {@code all_fields}, {@code fields=a,b.c},
 * {@code exclude_fields=…} and {@code exclude_default}. Without any, a collection answers as with
 * {@code exclude_default}: the complex attributes {@link Sol013Defaults} names for the resource are left out. The
 * resource's mandatory attributes and {@code _links} are never removed.
 */
final class Sol013Selectors {

    static final List<String> PARAMETERS = List.of("all_fields", "fields", "exclude_fields", "exclude_default");

    private final boolean all;
    private final boolean excludeDefault;
    private final List<List<String>> fields;
    private final List<List<String>> excluded;
    private final Sol013Defaults.Selectable defaults;

    private Sol013Selectors(
            boolean all,
            boolean excludeDefault,
            List<List<String>> fields,
            List<List<String>> excluded,
            Sol013Defaults.Selectable defaults) {
        this.all = all;
        this.excludeDefault = excludeDefault;
        this.fields = fields;
        this.excluded = excluded;
        this.defaults = defaults;
    }

    /** The selectors the request names, checked against the resource's attributes: 400 SELECTOR-INVALID if wrong. */
    static Sol013Selectors of(Class<?> resource, HttpServletRequest request) {
        boolean all = request.getParameterMap().containsKey("all_fields");
        boolean excludeDefault = request.getParameterMap().containsKey("exclude_default");
        List<List<String>> fields = paths(resource, "fields", request);
        List<List<String>> excluded = paths(resource, "exclude_fields", request);
        boolean hasFields = request.getParameterMap().containsKey("fields");
        boolean hasExcluded = request.getParameterMap().containsKey("exclude_fields");
        if (all && (excludeDefault || hasFields || hasExcluded)) {
            throw invalid("all_fields cannot be combined with fields, exclude_fields or exclude_default.");
        }
        if (hasExcluded && (hasFields || excludeDefault)) {
            throw invalid("exclude_fields cannot be combined with fields or exclude_default.");
        }
        boolean none = !all && !hasFields && !hasExcluded;
        return new Sol013Selectors(all, excludeDefault || none, fields, excluded, Sol013Defaults.of(resource));
    }

    /** Removes from one resource's JSON form what the selectors leave out. */
    void apply(ObjectNode resource) {
        if (all) {
            return;
        }
        if (!excluded.isEmpty()) {
            excluded.forEach(path -> remove(resource, path, true));
            return;
        }
        if (excludeDefault) {
            for (String attribute : defaults.excludedByDefault()) {
                List<List<String>> asked = below(fields, attribute);
                if (asked.isEmpty()) {
                    resource.remove(attribute);
                } else if (!asked.contains(List.of())) {
                    keepOnly(resource.path(attribute), asked);
                }
            }
            return;
        }
        if (!fields.isEmpty()) {
            keepOnly(resource, fields, defaults.mandatory());
        }
    }

    /**
     * SOL013's {@code fields=<list>}: every attribute except the complex ones not listed (an object or array), with
     * {@code a.b} keeping of {@code a} only its simple attributes and {@code b}.
     */
    private static void keepOnly(JsonNode node, List<List<String>> paths, Set<String> kept) {
        if (node.isArray()) {
            node.forEach(element -> keepOnly(element, paths, kept));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String name : List.copyOf(object.propertyNames())) {
            JsonNode value = object.get(name);
            if (kept.contains(name) || !(value.isObject() || value.isArray())) {
                continue;
            }
            List<List<String>> asked = below(paths, name);
            if (asked.isEmpty()) {
                object.remove(name);
            } else if (!asked.contains(List.of())) {
                keepOnly(value, asked, Set.of());
            }
        }
    }

    private static void keepOnly(JsonNode node, List<List<String>> paths) {
        keepOnly(node, paths, Set.of());
    }

    private void remove(JsonNode node, List<String> path, boolean top) {
        if (node.isArray()) {
            node.forEach(element -> remove(element, path, top));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        String name = path.getFirst();
        if (top && defaults.mandatory().contains(name)) {
            return;
        }
        if (path.size() == 1) {
            object.remove(name);
        } else if (object.has(name)) {
            remove(object.get(name), path.subList(1, path.size()), false);
        }
    }

    /** The rest of each path that starts with {@code name}: an empty rest when the path is {@code name} itself. */
    private static List<List<String>> below(List<List<String>> paths, String name) {
        return paths.stream()
                .filter(p -> p.getFirst().equals(name))
                .map(p -> p.subList(1, p.size()))
                .toList();
    }

    private static List<List<String>> paths(Class<?> resource, String parameter, HttpServletRequest request) {
        String[] values = request.getParameterValues(parameter);
        if (values == null) {
            return List.of();
        }
        List<List<String>> paths = new ArrayList<>();
        for (String value : values) {
            for (String text : value.split(",", -1)) {
                List<String> path = Arrays.asList(text.strip().split("\\.", -1));
                if (path.stream().anyMatch(String::isBlank) || !Sol013Attributes.names(resource, path)) {
                    throw invalid("'" + text.strip() + "' in " + parameter + " is not an attribute of "
                            + resource.getSimpleName() + ".");
                }
                paths.add(List.copyOf(path));
            }
        }
        return paths;
    }

    private static ChainlineException invalid(String message) {
        return new ChainlineException("SELECTOR-INVALID", Category.MALFORMED, message);
    }
}
