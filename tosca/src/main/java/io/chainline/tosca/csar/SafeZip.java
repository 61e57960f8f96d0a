package io.chainline.tosca.csar;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip into memory refusing what a hostile package could use against the reader: too many or too large
 * entries, bomb-like compression ratios, paths that climb out ('..', absolute, drive letters), duplicate entries and
 * encrypted entries. Every refusal is an issue; nothing throws.
 */
final class SafeZip {

    private static final int MIB = 1 << 20;

    private final ZipLimits limits;

    SafeZip(ZipLimits limits) {
        this.limits = limits;
    }

    Optional<ZipContents> read(String name, byte[] bytes, Issues issues) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            issues.add(IssueCode.CSAR_NOT_A_ZIP, name, "", "The file is not a zip archive; a CSAR is a zip file.");
            return Optional.empty();
        }
        java.util.List<String> links = CentralDirectory.symbolicLinks(bytes);
        if (!links.isEmpty()) {
            return refuse(
                    issues,
                    name,
                    IssueCode.CSAR_ZIP_UNSAFE,
                    "The entry '" + links.get(0) + "' is a symbolic" + " link; packages hold files only.");
        }
        try {
            return Optional.of(new ZipContents(name, files(bytes)));
        } catch (Refused e) {
            return refuse(issues, name, e.code, e.getMessage());
        } catch (ZipException e) {
            String reason = String.valueOf(e.getMessage());
            IssueCode code = reason.contains("encrypted") ? IssueCode.CSAR_ZIP_UNSAFE : IssueCode.CSAR_NOT_A_ZIP;
            return refuse(issues, name, code, "The zip archive cannot be read: " + reason + ".");
        } catch (IOException e) {
            return refuse(
                    issues, name, IssueCode.CSAR_NOT_A_ZIP, "The zip archive is damaged: " + e.getMessage() + ".");
        }
    }

    /** Every file entry, or {@link Refused} at the first entry that is too many, unsafe or repeated. */
    private Map<String, byte[]> files(byte[] bytes) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String path = entry.getName().replace('\\', '/');
                if (files.size() >= limits.maxEntries()) {
                    throw new Refused(
                            IssueCode.CSAR_TOO_LARGE, "The package has more than " + limits.maxEntries() + " entries.");
                }
                if (unsafe(path)) {
                    throw new Refused(
                            IssueCode.CSAR_ZIP_UNSAFE,
                            "The entry '" + path + "' points outside"
                                    + " the package (absolute path or '..'); such packages are refused.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.containsKey(path)) {
                    throw new Refused(
                            IssueCode.CSAR_ZIP_UNSAFE,
                            "The entry '" + path + "' appears twice;" + " tools would disagree on which one counts.");
                }
                byte[] content = readEntry(zip, path, entry, limits.maxTotalBytes() - total, bytes.length);
                total += content.length;
                files.put(path, content);
            }
        }
        return files;
    }

    /**
     * @param archiveLength stands in for the entry's compressed size when the zip streams it with a data descriptor
     *     (size unknown until the end): an entry can never be more compressed than the whole archive
     */
    private byte[] readEntry(InputStream zip, String path, ZipEntry entry, long budget, long archiveLength)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            read += n;
            if (read > limits.maxEntryBytes() || read > budget) {
                throw new Refused(
                        IssueCode.CSAR_TOO_LARGE,
                        "The entry '" + path + "' unpacks to more than " + Math.min(limits.maxEntryBytes(), budget)
                                + " bytes; the package is refused.");
            }
            long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : archiveLength;
            if (read > MIB && read / Math.max(1, compressed) > limits.maxRatio()) {
                throw new Refused(
                        IssueCode.CSAR_ZIP_UNSAFE,
                        "The entry '" + path + "' expands more than " + limits.maxRatio()
                                + " times (a zip bomb?); the package is refused.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean unsafe(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../");
    }

    private static Optional<ZipContents> refuse(Issues issues, String name, IssueCode code, String message) {
        issues.add(code, name, "", message);
        return Optional.empty();
    }

    private static final class Refused extends IOException {
        private final IssueCode code;

        Refused(IssueCode code, String message) {
            super(message);
            this.code = code;
        }
    }
}
