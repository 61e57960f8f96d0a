package io.chainline.console.base.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (registry passwords, target access details) with AES-256-GCM. The key is
 * {@code CHAINLINE_MASTER_KEY} (base64 of 32 bytes; {@code CHAINLINE_SECRET_KEY} is read too) or, when unset, a key
 * generated once into {@code ${chainline.home}/secret.key}, created owner-only. Each sealed value names its key (the
 * first bytes of the key's SHA-256), so after a rotation the old keys ({@code CHAINLINE_MASTER_KEY_PREVIOUS}) still
 * open what has not been resealed yet. Losing every key loses the secrets, never more.
 */
@Component
public class SecretBox {

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Key(String id, SecretKey key) {}

    private final Key current;
    private final List<Key> previous;

    @Autowired
    SecretBox(
            @Value("${chainline.master-key:}") String masterKey,
            @Value("${chainline.secret-key:}") String legacyKey,
            @Value("${chainline.master-key-previous:}") String previousKeys,
            ChainlineProperties properties) {
        String configured = masterKey.isBlank() ? legacyKey : masterKey;
        this.current =
                key(configured.isBlank() ? keyFile(properties.home().resolve("secret.key")) : decode(configured));
        List<Key> old = new ArrayList<>();
        Arrays.stream(previousKeys.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .forEach(k -> old.add(key(decode(k))));
        this.previous = List.copyOf(old);
    }

    /** A box with one key and no previous ones (tests, tools). */
    public SecretBox(String key, ChainlineProperties properties) {
        this(key, "", "", properties);
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return V2 + current.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public String open(String sealed) {
        if (sealed.startsWith(V2)) {
            int colon = sealed.indexOf(':', V2.length());
            String id = colon < 0 ? "" : sealed.substring(V2.length(), colon);
            for (Key key : keys()) {
                if (key.id().equals(id)) {
                    return open(key, sealed.substring(colon + 1));
                }
            }
            throw unreadable(null);
        }
        if (sealed.startsWith(V1)) {
            GeneralSecurityException last = null;
            for (Key key : keys()) {
                try {
                    return decrypt(key, sealed.substring(V1.length()));
                } catch (GeneralSecurityException e) {
                    last = e;
                }
            }
            throw unreadable(last);
        }
        throw unreadable(null);
    }

    /** Whether the value was sealed with an earlier key, or in the first format: what a rotation reseals. */
    public boolean isStale(String sealed) {
        return !sealed.startsWith(V2 + current.id() + ":");
    }

    private String open(Key key, String payload) {
        try {
            return decrypt(key, payload);
        } catch (GeneralSecurityException e) {
            throw unreadable(e);
        }
    }

    private static String decrypt(Key key, String payload) throws GeneralSecurityException {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not base64", e);
        }
        if (in.length <= IV_BYTES) {
            throw new GeneralSecurityException("too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(128, in, 0, IV_BYTES));
        return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    private List<Key> keys() {
        List<Key> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        return all;
    }

    private static ChainlineException unreadable(Throwable cause) {
        return new ChainlineException(
                "SECRET-UNREADABLE",
                ChainlineException.Category.CONFLICT,
                "A stored secret cannot be decrypted with this console's keys (CHAINLINE_MASTER_KEY changed without"
                        + " CHAINLINE_MASTER_KEY_PREVIOUS, or secret.key replaced?); enter the secret again.",
                cause);
    }

    private static Key key(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Key(HexFormat.of().formatHex(digest, 0, 4), new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CHAINLINE_MASTER_KEY is not base64 (openssl rand -base64 32)", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(
                    "CHAINLINE_MASTER_KEY must be base64 of 32 bytes (openssl rand -base64 32)");
        }
        return key;
    }

    /** The key file, created owner-only from the start (never world-readable, not even for a moment). */
    private static byte[] keyFile(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the directory's own protection applies
            } catch (FileAlreadyExistsException e) {
                return decode(Files.readString(file)); // another instance created it first
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key " + file, e);
        }
    }
}
