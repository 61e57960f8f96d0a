package io.chainline.tosca.csar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a SOL004 package: the given files, {@code TOSCA-Metadata/TOSCA.meta} naming the entry definitions and the
 * manifest, and a manifest with the package metadata and a SHA-256 digest for every other file. Reproducible: the
 * same content always gives the same bytes (sorted entries, fixed timestamps).
 */
public final class CsarWriter {

    /** 1980-01-01, the zip epoch: no build time leaks into the package. */
    private static final long FIXED_TIME = 315_532_800_000L;

    /**
     * @param entryDefinitions path of the main service template among {@code files}
     * @param metadata the manifest's metadata block (e.g. vnf_provider_id, vnf_product_name, vnf_release_date_time,
     *     vnf_package_version), in the order given
     */
    public record Content(
            String entryDefinitions, Map<String, byte[]> files, Map<String, String> metadata, String createdBy) {

        public Content {
            Objects.requireNonNull(entryDefinitions);
            if (!files.containsKey(entryDefinitions)) {
                throw new IllegalArgumentException(
                        "the entry definitions '" + entryDefinitions + "' are not among the files");
            }
            files = Map.copyOf(files);
            metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        }
    }

    /** The metadata block of an existing manifest, for re-packaging a descriptor directory. */
    public static Map<String, String> manifestMetadata(byte[] manifest) {
        return Manifest.parse(manifest).metadata();
    }

    public byte[] write(Content content) {
        String entryName =
                content.entryDefinitions().substring(content.entryDefinitions().lastIndexOf('/') + 1);
        String manifestPath = entryName.replaceAll("\\.ya?ml$", "") + ".mf";
        Map<String, byte[]> files = new TreeMap<>(content.files());
        files.put(ToscaMeta.PATH, toscaMeta(content, manifestPath));
        files.put(manifestPath, manifest(content, files));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] toscaMeta(Content content, String manifestPath) {
        return ("TOSCA-Meta-File-Version: 1.0\nCSAR-Version: 1.1\nCreated-By: " + content.createdBy()
                        + "\nEntry-Definitions: " + content.entryDefinitions() + "\nETSI-Entry-Manifest: "
                        + manifestPath
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manifest(Content content, Map<String, byte[]> files) {
        StringBuilder mf = new StringBuilder("metadata:\n");
        content.metadata()
                .forEach((key, value) ->
                        mf.append("  ").append(key).append(": ").append(value).append('\n'));
        files.forEach((path, bytes) -> mf.append("\nSource: ")
                .append(path)
                .append("\nAlgorithm: SHA-256\nHash: ")
                .append(sha256(bytes))
                .append('\n'));
        return mf.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
