package io.chainline.connector.kubernetes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Kubernetes object names: DNS labels of at most 63 characters, shortened with a stable hash when longer. */
final class Names {

    static final int MAX = 63;

    private Names() {}

    static String fit(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        return name.substring(0, MAX - 9).replaceAll("-+$", "") + "-" + hash(name);
    }

    /** Eight hex digits of the text's SHA-256: stable, and short enough for names with tight limits. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
