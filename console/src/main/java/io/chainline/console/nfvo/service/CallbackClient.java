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
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Talks to subscribers' callback endpoints: the test GET when subscribing, and each notification's POST. Both carry
 * SOL013's {@code Version} header (the version of the API the subscription was made on) and the subscription's
 * authentication; with OAuth 2.0 a 401 gets one more try with a new token (the cached one may have been revoked).
 */
@Component
class CallbackClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    static final OutboundHttp.Limits LIMITS = new OutboundHttp.Limits(TIMEOUT, TIMEOUT, 64 * 1024, 0);

    private final OutboundHttp http;
    private final CallbackTokens tokens;
    private final Clock clock;

    CallbackClient(OutboundHttp http, CallbackTokens tokens, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * SOL013 §6.4 (SOL005 "test the notification endpoint"): the endpoint answers a GET with 204 before the
     * subscription is created. A refused address and one where nothing answers are told apart only by the policy's
     * class of address, never by how the port behaved.
     */
    void test(URI callback, String version, CallbackAuth auth) {
        int status;
        try {
            status = send(OutboundHttp.Request.get(callback).header("Accept", "*/*"), version, auth)
                    .status();
        } catch (ChainlineException e) {
            if (e.code().equals("OUTBOUND-REFUSED") || e.code().equals("SUBSCRIPTION-TOKEN-FAILED")) {
                throw e;
            }
            throw refused(
                    "SUBSCRIPTION-CALLBACK-UNREACHABLE",
                    callback,
                    "it could not be reached or did not answer within " + TIMEOUT.toSeconds() + " s");
        }
        if (status == 401 || status == 403) {
            throw refused(
                    "SUBSCRIPTION-CALLBACK-AUTH-REJECTED",
                    callback,
                    "it answered " + status + " to the test GET sent with the subscription's " + auth.type()
                            + " authentication; check the credentials");
        }
        if (status != 204) {
            throw refused(
                    "SUBSCRIPTION-CALLBACK-TEST-FAILED",
                    callback,
                    "it answered " + status + " to the test GET; a SOL005 notification endpoint answers 204 No"
                            + " Content");
        }
    }

    /**
     * @param version the {@code Version} header (SOL013 §4.9): that of the API version subscribed on
     * @return the HTTP status of the POST
     * @throws ChainlineException OUTBOUND-REFUSED, OUTBOUND-FAILED or SUBSCRIPTION-TOKEN-FAILED
     */
    int post(URI callback, String version, CallbackAuth auth, String body) {
        OutboundHttp.Request request = new OutboundHttp.Request(
                "POST",
                callback,
                Map.of("Content-Type", "application/json"),
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
        return send(request, version, auth).status();
    }

    private OutboundHttp.Response send(OutboundHttp.Request request, String version, CallbackAuth auth) {
        OutboundHttp.Request versioned = request.header("Version", version);
        OutboundHttp.Response response = http.send(sign(versioned, auth), LIMITS);
        if (response.status() == 401 && auth.type() == AuthType.OAUTH2_CLIENT_CREDENTIALS) {
            tokens.forget(auth);
            response = http.send(sign(versioned, auth), LIMITS);
        }
        return response;
    }

    private OutboundHttp.Request sign(OutboundHttp.Request request, CallbackAuth auth) {
        return switch (auth.type()) {
            case BASIC ->
                request.credential(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (auth.user() + ":" + auth.secret()).getBytes(StandardCharsets.UTF_8)));
            case OAUTH2_CLIENT_CREDENTIALS -> request.credential("Authorization", "Bearer " + tokens.bearer(auth));
            case HMAC_SHA256 -> {
                String timestamp = String.valueOf(clock.instant().getEpochSecond());
                String body = new String(request.body(), StandardCharsets.UTF_8);
                yield request.credential("X-Chainline-Timestamp", timestamp)
                        .credential("X-Chainline-Signature", "sha256=" + hmac(auth.secret(), timestamp + "." + body));
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

    private static ChainlineException refused(String code, URI callback, String why) {
        return new ChainlineException(
                code,
                Category.INVALID,
                "The callback " + callback + " did not accept the test request (" + why + "); start the receiver"
                        + " first, then subscribe. Nothing was created.");
    }
}
