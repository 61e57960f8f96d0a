package io.chainline.console.nfvo.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an attribute path names an attribute of a SOL005 resource, from the record that is its JSON form: SOL013
 * §5.2.2 answers a filter on an attribute the resource does not have with 400, where a filter that only matches
 * nothing would answer an empty list and hide the client's mistake. Below a map (user-defined data, operation
 * parameters) any key is an attribute.
 */
final class Sol013Attributes {

    private Sol013Attributes() {}

    static void require(Class<?> resource, Sol013Filter filter) {
        for (Sol013Filter.Term term : filter.terms()) {
            if (!names(resource, term.path())) {
                throw new ChainlineException(
                        "FILTER-INVALID",
                        Category.MALFORMED,
                        "'" + String.join(".", term.path()) + "' is not an attribute of " + resource.getSimpleName()
                                + "; filter on one of: " + String.join(", ", attributes(resource)) + ".");
            }
        }
    }

    static boolean names(Type type, List<String> path) {
        if (path.isEmpty()) {
            return true;
        }
        Class<?> raw = raw(type);
        if (Map.class.isAssignableFrom(raw) || raw == Object.class) {
            return true;
        }
        if (Collection.class.isAssignableFrom(raw) || raw == Optional.class) {
            return names(argument(type, raw == Optional.class || !Map.class.isAssignableFrom(raw) ? 0 : 1), path);
        }
        if (!raw.isRecord()) {
            return false; // a scalar has no attributes below it
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (json(component).equals(path.getFirst())) {
                return names(component.getGenericType(), path.subList(1, path.size()));
            }
        }
        return false;
    }

    private static List<String> attributes(Class<?> resource) {
        return java.util.Arrays.stream(resource.getRecordComponents())
                .map(Sol013Attributes::json)
                .toList();
    }

    private static String json(RecordComponent component) {
        // Jackson's annotation does not target record components: on a record it lands on the accessor
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class; // a wildcard or type variable: nothing known, anything goes
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
