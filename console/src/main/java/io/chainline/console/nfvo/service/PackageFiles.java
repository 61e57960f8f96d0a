package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads single files out of a stored SOL004 package for {@code .../manifest} and {@code .../artifacts/{path}}. The
 * package passed the TOSCA engine's safe unzip when it was onboarded; this still caps what one read inflates.
 */
final class PackageFiles {

    /** Twice the upload limit: more than any one file of an accepted package. */
    private static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private PackageFiles() {}

    /** The paths the package holds (of the inner package, for a SOL004 option-2 signed one). */
    static List<String> paths(byte[] csar) {
        byte[] inner = unwrapped(csar);
        List<String> paths = new ArrayList<>();
        each(inner, (entry, in) -> {
            if (!entry.isDirectory()) {
                paths.add(entry.getName());
            }
            return false;
        });
        return paths;
    }

    static Optional<byte[]> read(byte[] csar, String path) {
        return find(unwrapped(csar), path);
    }

    /** The manifest TOSCA.meta names (ETSI-Entry-Manifest), or the one .mf file at the root. */
    static Optional<byte[]> manifest(byte[] csar) {
        byte[] inner = unwrapped(csar);
        Optional<String> named = find(inner, "TOSCA-Metadata/TOSCA.meta")
                .flatMap(meta -> new String(meta, StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> l.startsWith("ETSI-Entry-Manifest:"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst());
        if (named.isPresent()) {
            return find(inner, named.get());
        }
        return paths(inner).stream()
                .filter(p -> !p.contains("/") && p.endsWith(".mf"))
                .findFirst()
                .flatMap(p -> find(inner, p));
    }

    private static byte[] unwrapped(byte[] csar) {
        List<String> root = new ArrayList<>();
        each(csar, (entry, in) -> {
            root.add(entry.getName());
            return false;
        });
        List<String> inner = root.stream()
                .filter(p -> !p.contains("/") && p.endsWith(".csar"))
                .toList();
        boolean signedWrapper = inner.size() == 1 && root.stream().noneMatch(p -> p.startsWith("TOSCA-Metadata/"));
        return signedWrapper ? find(csar, inner.getFirst()).orElse(csar) : csar;
    }

    private static Optional<byte[]> find(byte[] zip, String path) {
        byte[][] found = new byte[1][];
        each(zip, (entry, in) -> {
            if (!entry.isDirectory() && entry.getName().equals(path)) {
                found[0] = capped(in, path);
                return true;
            }
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    private interface EntryVisitor {
        /** @return true to stop */
        boolean visit(ZipEntry entry, InputStream in) throws IOException;
    }

    private static void each(byte[] zip, EntryVisitor visitor) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = in.getNextEntry()) != null && count++ < MAX_ENTRIES) {
                if (visitor.visit(entry, in)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new ChainlineException(
                    "VNFPKG-CONTENT-UNREADABLE",
                    Category.CONFLICT,
                    "The stored package cannot be read as a zip (" + e.getMessage() + "); upload it again.",
                    e);
        }
    }

    private static byte[] capped(InputStream in, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_FILE_BYTES) {
                throw new ChainlineException(
                        "VNFPKG-ARTIFACT-TOO-LARGE",
                        Category.CONFLICT,
                        path + " inflates to more than " + MAX_FILE_BYTES + " bytes; it is not served.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
