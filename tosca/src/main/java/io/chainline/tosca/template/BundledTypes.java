package io.chainline.tosca.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type files the engine ships (see {@code types/NOTICE.md}): TOSCA's normative types, the ETSI SOL001 type
 * files behind the well-known forge URLs, and Tacker's implicit library for its legacy profile.
 */
public final class BundledTypes {

    static final String PREFIX = "bundled:";
    private static final String ROOT = "/io/chainline/tosca/types/";
    private static final Pattern ETSI_URL = Pattern.compile(
            "https?://forge\\.etsi\\.org/rep/nfv/SOL001/raw/v?(\\d+\\.\\d+\\.\\d+)/(etsi_nfv_sol001_(?:common|vnfd|nsd|pnfd)_types\\.yaml)");
    private static final Set<String> ETSI_VERSIONS = Set.of("2.6.1", "2.7.1", "3.3.1", "4.4.1");

    public static final String NORMATIVE = PREFIX + "tosca_normative_types.yaml";
    public static final List<String> TACKER_LEGACY = List.of(
            PREFIX + "tacker/TOSCA_nfv_definition_1_0_0.yaml",
            PREFIX + "tacker/tacker_defs.yaml",
            PREFIX + "tacker/tacker_nfv_defs.yaml");

    private BundledTypes() {}

    /** The bundled copy behind a well-known URL, if there is one. */
    public static Optional<String> forUrl(String url) {
        Matcher m = ETSI_URL.matcher(url.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String version = m.group(1);
        String file = m.group(2);
        if (!ETSI_VERSIONS.contains(version)
                || (version.startsWith("2.") && !file.contains("common") && !file.contains("vnfd"))) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + "etsi/v" + version + "/" + file);
    }

    /** SOL001 type files name their sibling 'etsi_nfv_sol001_common_types.yaml' relative to themselves. */
    static Optional<String> sibling(String bundledName, String relative) {
        int slash = bundledName.lastIndexOf('/');
        String candidate = bundledName.substring(0, slash + 1) + relative;
        return read(candidate).isPresent() ? Optional.of(candidate) : Optional.empty();
    }

    public static String versionsForMessages() {
        return String.join(", ", ETSI_VERSIONS.stream().sorted().toList());
    }

    static boolean isBundled(String name) {
        return name.startsWith(PREFIX);
    }

    /** SHA-256 of every bundled type file, to recognise packaged copies that are byte-identical. */
    private static final java.util.Map<String, String> BY_DIGEST = digests();

    private static java.util.Map<String, String> digests() {
        java.util.Map<String, String> byDigest = new java.util.HashMap<>();
        java.util.List<String> names = new java.util.ArrayList<>(TACKER_LEGACY);
        for (String version : ETSI_VERSIONS) {
            for (String part : List.of("common", "vnfd", "nsd", "pnfd")) {
                names.add(PREFIX + "etsi/v" + version + "/etsi_nfv_sol001_" + part + "_types.yaml");
            }
        }
        names.forEach(name -> read(name).ifPresent(bytes -> byDigest.put(sha256(bytes), name)));
        return java.util.Map.copyOf(byDigest);
    }

    /** The bundled file with exactly these bytes, if any. */
    static Optional<String> identicalTo(byte[] bytes) {
        return Optional.ofNullable(BY_DIGEST.get(sha256(bytes)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Optional<byte[]> read(String bundledName) {
        String resource = ROOT + bundledName.substring(PREFIX.length());
        try (InputStream in = BundledTypes.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled type file " + resource + " is unreadable", e);
        }
    }
}
