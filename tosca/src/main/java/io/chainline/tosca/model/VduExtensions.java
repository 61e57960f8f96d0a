package io.chainline.tosca.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chainline's per-VDU needs that SOL001 has no words for: isolation (shared kernel or a Kata sandbox through a
 * RuntimeClass) and placement (CPU architectures, node labels). Written as properties of Chainline's derived VDU types
 * so exported descriptors stay valid SOL001 (docs/tosca.md, "Chainline extensions").
 *
 * @param architectures normalised names (amd64, arm64…); empty means any
 */
public record VduExtensions(
        Isolation isolation,
        Optional<String> runtimeClass,
        List<String> architectures,
        Map<String, String> nodeLabels) {

    public static final VduExtensions NONE =
            new VduExtensions(Isolation.SHARED_KERNEL, Optional.empty(), List.of(), Map.of());

    public enum Isolation {
        /** runc: containers share the node's kernel. */
        SHARED_KERNEL("shared-kernel"),
        /** Kata Containers: each pod in a lightweight VM, chosen with a RuntimeClass. */
        SANDBOXED("sandboxed");

        private final String value;

        Isolation(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Optional<Isolation> of(String value) {
            for (Isolation isolation : values()) {
                if (isolation.value.equals(value)) {
                    return Optional.of(isolation);
                }
            }
            return Optional.empty();
        }
    }

    public VduExtensions {
        architectures = List.copyOf(architectures);
        nodeLabels = Maps.sorted(nodeLabels);
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
