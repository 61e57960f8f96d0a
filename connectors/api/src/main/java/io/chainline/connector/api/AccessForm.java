package io.chainline.connector.api;

import java.util.List;
import java.util.Optional;

/**
 * What a platform asks for to reach a target, in the order it is asked: the console renders it (a text field, a text
 * area, a password field, a choice) and sends the answers back as a map of {@link Field#key()} to text. A secret is
 * never sent back to be edited; left blank on a change, the platform keeps the stored one.
 *
 * @param help what to give, alternatives included ("a kubeconfig, or a server URL and a token")
 */
public record AccessForm(List<Field> fields, String help) {

    public AccessForm {
        fields = List.copyOf(fields);
        if (fields.stream().map(Field::key).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("an access form names each field once");
        }
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * One question.
     *
     * @param key the name of the answer, camelCase ({@code clientKey}); the console derives the element id from it
     * @param secret sealed at rest, write-only: never pre-filled, never shown, never logged
     * @param multiline pasted text (PEM, kubeconfig, clouds.yaml) rather than one line
     * @param required needed on every registration (alternatives are checked by the platform, which names the field)
     * @param choicesFrom the key of the field whose answer yields this one's choices ({@link Platform#choices}), if
     *     this field is a choice
     */
    public record Field(
            String key,
            String label,
            String help,
            boolean secret,
            boolean multiline,
            boolean required,
            Optional<String> choicesFrom) {

        public Field {
            if (key == null || !key.matches("[a-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("a field key is camelCase letters and digits: " + key);
            }
            help = help == null ? "" : help;
        }

        public static Field text(String key, String label, String help) {
            return new Field(key, label, help, false, false, false, Optional.empty());
        }

        public static Field pasted(String key, String label, String help) {
            return new Field(key, label, help, false, true, false, Optional.empty());
        }

        public static Field secret(String key, String label, String help) {
            return new Field(key, label, help, true, false, false, Optional.empty());
        }

        public static Field pastedSecret(String key, String label, String help) {
            return new Field(key, label, help, true, true, false, Optional.empty());
        }

        public static Field choice(String key, String label, String help, String from) {
            return new Field(key, label, help, false, false, false, Optional.of(from));
        }

        public Field asRequired() {
            return new Field(key, label, help, secret, multiline, true, choicesFrom);
        }
    }
}
