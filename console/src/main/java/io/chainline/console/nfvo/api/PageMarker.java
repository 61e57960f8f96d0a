package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.service.KeysetPages.Key;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The {@code nextpage_opaque_marker} of a key-set page (ADR 0044): the last row's {@code (createdAt, id)}, versioned
 * ({@code k1}) and checked (CRC-32), base64url. A marker that does not decode, or was edited, is refused with
 * PAGING-MARKER-INVALID; it is opaque to clients, not secret.
 */
final class PageMarker {

    private static final String VERSION = "k1";

    private PageMarker() {}

    static String of(Key key) {
        String body = VERSION + "|" + key.createdAt().getEpochSecond() + "|"
                + key.createdAt().getNano() + "|" + key.id();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((body + "|" + crc(body)).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Key> parse(String marker) {
        if (marker == null || marker.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            String body = text.substring(0, Math.max(0, text.lastIndexOf('|')));
            if (parts.length != 5 || !parts[0].equals(VERSION) || !parts[4].equals(crc(body))) {
                throw new IllegalArgumentException("not a " + VERSION + " marker");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return Optional.of(new Key(at, UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid(e);
        }
    }

    static ChainlineException invalid(Exception cause) {
        return new ChainlineException(
                "PAGING-MARKER-INVALID",
                Category.INVALID,
                "nextpage_opaque_marker is not one this API gave out; follow the Link header's next URL.",
                cause);
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
