package io.chainline.connector.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reading a filled access form or stored access details: trimmed text, URLs, and the stored value for a blank. */
public final class AccessFields {

    private final Map<String, String> fields;

    private AccessFields(Map<String, String> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    public static AccessFields of(Map<String, String> fields) {
        return new AccessFields(fields);
    }

    /** The trimmed answer, empty when blank. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(fields.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** A stored value exactly as it was stored (a kubeconfig keeps its last newline), empty when absent. */
    public Optional<String> stored(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isEmpty());
    }

    /** The trimmed answer, or what is stored when it is blank. */
    public Optional<String> text(String key, Supplier<Optional<String>> stored) {
        return text(key).or(stored);
    }

    /** A URL with a scheme; a refusal names the field and an example. */
    public static URI uri(String text, String field, String example) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getScheme() == null) {
                throw new URISyntaxException(text, "no scheme");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AccessException(
                    "FLEET-URL", field, "The " + field + " is not a URL; write it like " + example + ".", e);
        }
    }

    /** Builds the text map {@link Platform#encode} returns: absent values are left out. */
    public static final class Encoded {
        private final Map<String, String> map = new LinkedHashMap<>();

        public Encoded put(String key, Optional<?> value) {
            value.ifPresent(v -> map.put(key, v.toString()));
            return this;
        }

        public Encoded put(String key, Object value) {
            return put(key, Optional.ofNullable(value));
        }

        public Map<String, String> map() {
            return Map.copyOf(map);
        }
    }
}
