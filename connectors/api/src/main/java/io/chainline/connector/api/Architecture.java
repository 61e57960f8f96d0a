package io.chainline.connector.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A CPU architecture in the one spelling Chainline uses everywhere: the OCI / Kubernetes name.
 *
 * <p>Every platform names architectures its own way: Kubernetes ({@code kubernetes.io/arch}) and OCI image indexes say
 * {@code amd64}/{@code arm64}, Docker {@code info} and Swarm say {@code x86_64}/{@code aarch64}, OpenStack images carry
 * {@code hw_architecture=x86_64}. Placement compares them, so they are normalised here, in one place, and nowhere else.
 */
public enum Architecture {
    AMD64("amd64", "x86_64", "x86-64", "x64", "em64t", "intel64"),
    ARM64("arm64", "aarch64", "arm64/v8", "armv8", "armv8l", "arm64v8"),
    ARM("arm", "armv7", "armv7l", "armhf", "arm/v7", "armv6l", "arm/v6"),
    PPC64LE("ppc64le", "ppc64el", "powerpc64le"),
    S390X("s390x"),
    RISCV64("riscv64");

    private final String ociName;
    private final Set<String> aliases;

    Architecture(String ociName, String... aliases) {
        this.ociName = ociName;
        this.aliases = Set.of(aliases);
    }

    /** The name used by OCI image indexes and the Kubernetes {@code kubernetes.io/arch} label. */
    public String ociName() {
        return ociName;
    }

    /**
     * Reads any platform's spelling of an architecture.
     *
     * @return empty when the name is blank or unknown; callers decide whether that is an error for them
     */
    public static Optional<Architecture> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(arch -> arch.ociName.equals(key) || arch.aliases.contains(key))
                .findFirst();
    }

    /**
     * Reads any platform's spelling of an architecture, refusing unknown ones.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Architecture of(String name) {
        return parse(name)
                .orElseThrow(() -> new IllegalArgumentException("Unknown CPU architecture '" + name + "'. Use one of "
                        + Arrays.toString(ociNames()) + " (x86_64 and aarch64 are accepted too)."));
    }

    private static String[] ociNames() {
        return Arrays.stream(values()).map(Architecture::ociName).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return ociName;
    }
}
