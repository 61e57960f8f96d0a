package io.chainline.connector.docker;

import io.chainline.connector.api.Workload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A VDU's configuration as files under /etc/chainline/config, the same place Kubernetes mounts its ConfigMap; the
 * chain context also where docs/chain-context.md promises it, /etc/chainline/chain-context.json.
 */
final class ConfigArchive {

    static final String DIRECTORY = "etc/chainline/config/";
    static final String CHAIN_CONTEXT = "/etc/chainline/" + Workload.CHAIN_CONTEXT;

    private ConfigArchive() {}

    static InputStream of(Map<String, String> configuration) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (String dir : new String[] {"etc/", "etc/chainline/", DIRECTORY}) {
                TarArchiveEntry entry = new TarArchiveEntry(dir);
                entry.setMode(0755);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            for (var file : new TreeMap<>(configuration).entrySet()) {
                write(tar, DIRECTORY + file.getKey(), file.getValue());
            }
            if (configuration.containsKey(Workload.CHAIN_CONTEXT)) {
                write(tar, CHAIN_CONTEXT.substring(1), configuration.get(Workload.CHAIN_CONTEXT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory tar cannot fail to write", e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static void write(TarArchiveOutputStream tar, String path, String text) throws IOException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(path);
        entry.setSize(content.length);
        entry.setMode(0644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
