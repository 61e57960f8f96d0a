package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.catalog.service.CatalogExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Fetches a package for SOL005's {@code upload_from_uri} (a vendor's artifact server), with the upload limit enforced
 * while reading and the credentials used once, never stored.
 */
@Component
public class PackageFetcher {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Basic credentials for the artifact server, as SOL005's request carries them. */
    public record Credentials(String userName, String password) {}

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    static URI check(String address) {
        try {
            URI uri = URI.create(String.valueOf(address));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "PACKAGE-URI-INVALID",
                    Category.INVALID,
                    "addressInformation must be an absolute http or https URL; got " + address + ".",
                    e);
        }
    }

    /** The file name the URI ends with, for findings and the stored content's name. */
    static String fileName(URI uri) {
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "package.csar" : last;
    }

    byte[] fetch(URI uri, Optional<Credentials> credentials) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        credentials.ifPresent(c -> request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((c.userName() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))));
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw failed(uri, "it answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) CatalogExchange.MAX_UPLOAD_BYTES + 1);
                if (bytes.length > CatalogExchange.MAX_UPLOAD_BYTES) {
                    throw failed(uri, "it is larger than " + CatalogExchange.MAX_UPLOAD_BYTES + " bytes");
                }
                if (bytes.length == 0) {
                    throw failed(uri, "it is empty");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw failed(uri, CallbackClient.why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(uri, "the console is stopping");
        }
    }

    private static ChainlineException failed(URI uri, String why) {
        return new ChainlineException(
                "PACKAGE-FETCH-FAILED",
                Category.INVALID,
                "The package could not be fetched from " + uri + ": " + why + ". Check the address and credentials,"
                        + " then ask again.");
    }
}
