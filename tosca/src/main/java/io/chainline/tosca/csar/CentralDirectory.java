package io.chainline.tosca.csar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what java.util.zip does not expose: the Unix file mode each central-directory record carries, to find
 * symbolic links (a package is a set of files; a link could point anywhere once extracted by another tool).
 */
final class CentralDirectory {

    private static final int CENTRAL_RECORD = 0x02014b50;
    private static final int END_RECORD = 0x06054b50;
    private static final int UNIX_HOST = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    private CentralDirectory() {}

    /** Names of entries marked as symbolic links; empty when the directory cannot be found (SafeZip reports that). */
    static List<String> symbolicLinks(byte[] zip) {
        List<String> links = new ArrayList<>();
        int end = findEnd(zip);
        if (end < 0) {
            return links;
        }
        int entries = u16(zip, end + 10);
        int offset = (int) Math.min(u32(zip, end + 16), Integer.MAX_VALUE);
        for (int i = 0; i < entries && offset + 46 <= zip.length && u32(zip, offset) == CENTRAL_RECORD; i++) {
            int madeBy = u16(zip, offset + 4) >>> 8;
            int nameLength = u16(zip, offset + 28);
            int extraLength = u16(zip, offset + 30);
            int commentLength = u16(zip, offset + 32);
            long mode = u32(zip, offset + 38) >>> 16;
            if (madeBy == UNIX_HOST && (mode & TYPE_MASK) == SYMLINK && offset + 46 + nameLength <= zip.length) {
                links.add(new String(zip, offset + 46, nameLength, StandardCharsets.UTF_8));
            }
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }

    /** The entries' names, from the central directory alone (nothing is inflated); empty when it cannot be found. */
    static List<String> names(byte[] zip) {
        List<String> names = new ArrayList<>();
        int end = findEnd(zip);
        if (end < 0) {
            return names;
        }
        int entries = u16(zip, end + 10);
        int offset = (int) Math.min(u32(zip, end + 16), Integer.MAX_VALUE);
        for (int i = 0; i < entries && offset + 46 <= zip.length && u32(zip, offset) == CENTRAL_RECORD; i++) {
            int nameLength = u16(zip, offset + 28);
            if (offset + 46 + nameLength <= zip.length) {
                names.add(new String(zip, offset + 46, nameLength, StandardCharsets.UTF_8));
            }
            offset += 46 + nameLength + u16(zip, offset + 30) + u16(zip, offset + 32);
        }
        return names;
    }

    private static int findEnd(byte[] zip) {
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (u32(zip, i) == END_RECORD) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xffffffffL;
    }
}
