package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.Subscription.AuthType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** Talks to subscribers' callback endpoints: the test GET when subscribing, and each notification's POST. */
@Component
class CallbackClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Clock clock;

    CallbackClient(Clock clock) {
        this.clock = clock;
    }

    /** SOL013: the endpoint answers a GET with 204 before the subscription is created. */
    void test(URI callback, AuthType type, String user, String secret) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(callback).timeout(TIMEOUT).GET();
        sign(request, type, user, secret, "");
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 != 2) {
                throw unreachable(callback, "it answered " + status + " to the test GET, not 204");
            }
        } catch (IOException e) {
            throw unreachable(callback, why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(callback, "interrupted");
        }
    }

    /** @return the HTTP status of the POST */
    int post(URI callback, AuthType type, String user, String secret, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(callback)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        sign(request, type, user, secret, body);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void sign(HttpRequest.Builder request, AuthType type, String user, String secret, String body) {
        switch (type) {
            case BASIC ->
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            case HMAC_SHA256 -> {
                String timestamp = String.valueOf(clock.instant().getEpochSecond());
                request.header("X-Chainline-Timestamp", timestamp);
                request.header("X-Chainline-Signature", "sha256=" + hmac(secret, timestamp + "." + body));
            }
            case NONE -> {
                // an unauthenticated callback (a test receiver on a trusted network)
            }
        }
    }

    /** An I/O failure in the operator's words. */
    static String why(IOException e) {
        if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "the host name does not resolve";
        }
        if (e instanceof java.net.ConnectException) {
            return "nothing accepts connections there";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        return e.getMessage() == null ? "the connection failed" : e.getMessage();
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static ChainlineException unreachable(URI callback, String why) {
        return new ChainlineException(
                "SUBSCRIPTION-CALLBACK-UNREACHABLE",
                Category.INVALID,
                "The callback " + callback + " did not accept the test request (" + why + "); start the receiver"
                        + " first, then subscribe.");
    }
}
