package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.catalog.service.CatalogExchange;
import java.net.URI;
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

    private static final OutboundHttp.Limits LIMITS =
            new OutboundHttp.Limits(Duration.ofSeconds(10), TIMEOUT, CatalogExchange.MAX_UPLOAD_BYTES, 5);

    /** Basic credentials for the artifact server, as SOL005's request carries them. */
    public record Credentials(String userName, String password) {}

    private final OutboundHttp http;

    PackageFetcher(OutboundHttp http) {
        this.http = http;
    }

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

    /**
     * The package's bytes, through the outbound policy (every redirect hop checked; the credentials go to the address
     * given only). A body that is no package is refused unread, so the findings never echo what some other service
     * answered.
     */
    byte[] fetch(URI uri, Optional<Credentials> credentials) {
        OutboundHttp.Request request = OutboundHttp.Request.get(uri);
        if (credentials.isPresent()) {
            Credentials c = credentials.get();
            request = request.credential(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (c.userName() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
        }
        OutboundHttp.Response response = http.send(request, LIMITS);
        if (response.status() / 100 != 2) {
            throw failed(uri, "it answered HTTP " + response.status());
        }
        byte[] bytes = response.body();
        if (bytes.length == 0) {
            throw failed(uri, "it is empty");
        }
        if (!looksLikePackage(bytes)) {
            throw new ChainlineException(
                    "PACKAGE-NOT-A-PACKAGE",
                    Category.INVALID,
                    "What " + uri + " returned is neither a CSAR (zip) nor a TOSCA YAML file; it was discarded"
                            + " unread. Check the address.");
        }
        return bytes;
    }

    /** A zip (CSAR) or a YAML file declaring its TOSCA version near the top. */
    static boolean looksLikePackage(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        return head.contains("tosca_definitions_version");
    }

    private static ChainlineException failed(URI uri, String why) {
        return new ChainlineException(
                "PACKAGE-FETCH-FAILED",
                Category.INVALID,
                "The package could not be fetched from " + uri + ": " + why + ". Check the address and credentials,"
                        + " then ask again.");
    }
}
