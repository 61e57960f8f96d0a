package io.chainline.console.catalog.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds where an imported file says an identity property (e.g. {@code descriptor_id: edge-1}), so that the catalog's
 * refusal of it (a collision) is located as the engine's findings are. The engine's model does not keep where a value
 * came from; the property is found by its key and value in the file (or in a package's YAML entries), and its path is
 * read back from the block indentation above it. Best effort: when it is not found, the finding names the file only.
 */
final class IdentityLocator {

    private static final Pattern KEY = Pattern.compile("^(\\s*)(?:-\\s+)?([\\w.\\-]+)\\s*:");
    private static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024;

    /** A place in an imported file: the file (inside a package, the entry), 1-based line (0: unknown) and YAML path. */
    record Located(String file, int line, String path) {}

    private IdentityLocator() {}

    /** Where {@code key: value} is written in the file or package; the file alone when it is not found. */
    static Located locate(String fileName, byte[] bytes, String key, String value) {
        try {
            return isZip(bytes)
                    ? inPackage(bytes, key, value).orElse(new Located(fileName, 0, ""))
                    : inYaml(fileName, new String(bytes, StandardCharsets.UTF_8), key, value)
                            .orElse(new Located(fileName, 0, ""));
        } catch (IOException | RuntimeException e) {
            // a package the engine read but we cannot: the finding still names the file
            return new Located(fileName, 0, "");
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static Optional<Located> inPackage(byte[] bytes, String key, String value) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) MAX_ENTRY_BYTES);
                Optional<Located> found = inYaml(name, new String(content, StandardCharsets.UTF_8), key, value);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Located> inYaml(String file, String text, String key, String value) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = KEY.matcher(lines.get(i));
            if (m.find() && m.group(2).equals(key) && holds(lines.get(i).substring(m.end()), value)) {
                return Optional.of(new Located(file, i + 1, pathTo(lines, i)));
            }
        }
        return Optional.empty();
    }

    /** The value written after the key, unquoted, is the one looked for (comments aside). */
    private static boolean holds(String rest, String value) {
        String written = rest.replaceFirst("\\s+#.*$", "").strip();
        if (written.length() > 1 && (written.startsWith("'") || written.startsWith("\""))) {
            written = written.substring(1, written.length() - 1);
        }
        return written.equals(value);
    }

    /** The keys of the blocks enclosing line {@code at}, outermost first, read from their indentation. */
    private static String pathTo(List<String> lines, int at) {
        Matcher own = KEY.matcher(lines.get(at));
        own.find();
        Deque<String> path = new ArrayDeque<>();
        path.push(own.group(2));
        int indent = own.group(1).length();
        for (int i = at - 1; i >= 0 && indent > 0; i--) {
            Matcher m = KEY.matcher(lines.get(i));
            if (m.find()
                    && m.group(1).length() < indent
                    && !lines.get(i).strip().startsWith("#")) {
                path.push(m.group(2));
                indent = m.group(1).length();
            }
        }
        return String.join(".", path);
    }
}
