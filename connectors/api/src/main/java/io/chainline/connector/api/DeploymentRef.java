package io.chainline.connector.api;

import java.util.Optional;

/**
 * Which deployment, and where on the target it lives.
 *
 * @param id the deployment's id: a DNS label (lowercase letters, digits, '-'; at most 40), since platforms name things
 *     after it
 * @param namespace a chosen namespace (Kubernetes) or none, for one namespace per deployment
 */
public record DeploymentRef(String id, Optional<String> namespace) {

    public DeploymentRef {
        requireDnsLabel(id, 40, "deployment id");
        namespace.ifPresent(n -> requireDnsLabel(n, 63, "namespace"));
    }

    public static DeploymentRef of(String id) {
        return new DeploymentRef(id, Optional.empty());
    }

    /** The namespace the deployment's resources go to: the chosen one, or {@code chainline-<id>}. */
    public String namespaceOrDefault() {
        return namespace.orElse("chainline-" + id);
    }

    static void requireDnsLabel(String value, int max, String what) {
        if (value == null || value.length() > max || !value.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
            throw new IllegalArgumentException("The " + what + " '" + value + "' is not a DNS label: lowercase"
                    + " letters, digits and '-', starting and ending with a letter or digit, at most " + max
                    + " characters.");
        }
    }
}
