package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.OutboundHttp;
import io.chainline.console.nfvo.domain.Subscription.AuthType;
import java.net.URI;
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

    private static final OutboundHttp.Limits LIMITS = new OutboundHttp.Limits(TIMEOUT, TIMEOUT, 64 * 1024, 0);

    private final OutboundHttp http;
    private final Clock clock;

    CallbackClient(OutboundHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * SOL013: the endpoint answers a GET with 204 before the subscription is created. A refused address and one
     * where nothing answers are told apart only by the policy's class of address, never by how the port behaved.
     */
    void test(URI callback, AuthType type, String user, String secret) {
        int status;
        try {
            status = http.send(sign(OutboundHttp.Request.get(callback), type, user, secret, ""), LIMITS)
                    .status();
        } catch (ChainlineException e) {
            if (e.code().equals("OUTBOUND-REFUSED")) {
                throw e;
            }
            throw unreachable(
                    callback, "it could not be reached or did not answer within " + TIMEOUT.toSeconds() + " s");
        }
        if (status / 100 != 2) {
            throw unreachable(callback, "it answered " + status + " to the test GET, not 204");
        }
    }

    /**
     * @param version the {@code Version} header (SOL013 §4.9): that of the API version subscribed on
     * @return the HTTP status of the POST
     * @throws ChainlineException OUTBOUND-REFUSED or OUTBOUND-FAILED
     */
    int post(URI callback, AuthType type, String user, String secret, String body, String version) {
        OutboundHttp.Request request = new OutboundHttp.Request(
                "POST",
                callback,
                java.util.Map.of("Content-Type", "application/json", "Version", version),
                java.util.Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
        return http.send(sign(request, type, user, secret, body), LIMITS).status();
    }

    private OutboundHttp.Request sign(
            OutboundHttp.Request request, AuthType type, String user, String secret, String body) {
        return switch (type) {
            case BASIC ->
                request.credential(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            case HMAC_SHA256 -> {
                String timestamp = String.valueOf(clock.instant().getEpochSecond());
                yield request.credential("X-Chainline-Timestamp", timestamp)
                        .credential("X-Chainline-Signature", "sha256=" + hmac(secret, timestamp + "." + body));
            }
            case NONE -> request; // an unauthenticated callback (a test receiver on a trusted network)
        };
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
