package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.CatalogExchange;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** Reads an upload (a raw body, or SOL005's multipart "file") without ever holding more than the limit. */
final class Uploads {

    private Uploads() {}

    static byte[] body(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > CatalogExchange.MAX_UPLOAD_BYTES) {
            throw tooLarge(length);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) CatalogExchange.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > CatalogExchange.MAX_UPLOAD_BYTES) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
    }

    static byte[] file(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file", e);
        }
    }

    static String name(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? fallback : name;
    }

    private static ChainlineException tooLarge(long bytes) {
        return new ChainlineException(
                "UPLOAD-TOO-LARGE",
                Category.INVALID,
                "The upload has " + bytes + " bytes; the console accepts at most " + CatalogExchange.MAX_UPLOAD_BYTES
                        + ".");
    }
}
