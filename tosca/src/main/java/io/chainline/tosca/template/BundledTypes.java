package io.chainline.tosca.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The bundled file with exactly these bytes, if any: compared by length first (the entries' sizes, known
     * without inflating them), then byte by byte with the few of the same length. Only templates that ship their
     * own copies of type files ask; hashing all 600 KB of bundled files at class initialisation, as this did, cost
     * every CLI run 35 ms of CPU, and reading them all 25 ms.
     */
    static Optional<String> identicalTo(byte[] bytes) {
        for (Map.Entry<String, Long> bundled : Lengths.BY_NAME.entrySet()) {
            if (bundled.getValue() == bytes.length
                    && read(bundled.getKey())
                            .filter(b -> Arrays.equals(b, bytes))
                            .isPresent()) {
                return Optional.of(bundled.getKey());
            }
        }
        return Optional.empty();
    }

    /** The length of every bundled type file a package may ship a copy of, by name; found on first use. */
    private static final class Lengths {

        static final Map<String, Long> BY_NAME = load();

        private static Map<String, Long> load() {
            Map<String, Long> byName = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(TACKER_LEGACY);
            for (String version : ETSI_VERSIONS) {
                for (String part : List.of("common", "vnfd", "nsd", "pnfd")) {
                    names.add(PREFIX + "etsi/v" + version + "/etsi_nfv_sol001_" + part + "_types.yaml");
                }
            }
            for (String name : names) {
                length(name).ifPresent(length -> byName.put(name, length));
            }
            return Collections.unmodifiableMap(byName);
        }

        private static Optional<Long> length(String bundledName) {
            URL url = BundledTypes.class.getResource(ROOT + bundledName.substring(PREFIX.length()));
            if (url == null) {
                return Optional.empty();
            }
            try {
                long length = url.openConnection().getContentLengthLong();
                return length >= 0 ? Optional.of(length) : read(bundledName).map(b -> (long) b.length);
            } catch (IOException e) {
                throw new UncheckedIOException("bundled type file " + bundledName + " is unreadable", e);
            }
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
