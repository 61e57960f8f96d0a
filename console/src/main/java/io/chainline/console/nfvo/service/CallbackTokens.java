package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.OutboundHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * OAuth 2.0 bearer tokens for subscribers that asked for OAUTH2_CLIENT_CREDENTIALS (SOL013 §8.3.4): obtained from
 * their token endpoint by the client credentials grant (RFC 6749 §4.4, the client authenticated with HTTP Basic as
 * §2.3.1 says), through the outbound policy like every other call, and kept in memory until shortly before they
 * expire. Tokens are never stored or logged.
 */
@Component
class CallbackTokens {

    /** Taken off a token's lifetime, so one is not sent the moment it expires. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    /** How long a token is used when the endpoint did not say (expires_in is only RECOMMENDED). */
    private static final Duration UNSAID = Duration.ofMinutes(1);

    private static final int MAX_CACHED = 10_000;

    private record Token(String value, Instant expires) {}

    private final OutboundHttp http;
    private final Sol005Json json;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    CallbackTokens(OutboundHttp http, Sol005Json json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** A token for these client credentials: the cached one while it lasts, otherwise a new one. */
    String bearer(CallbackAuth auth) {
        Instant now = clock.instant();
        Token cached = tokens.get(key(auth));
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.value();
        }
        Token fresh = fetch(auth, now);
        if (tokens.size() >= MAX_CACHED) {
            tokens.clear(); // subscriptions are few; this bounds memory if credentials churn
        }
        tokens.put(key(auth), fresh);
        return fresh.value();
    }

    /** The subscriber refused the token (401): the next {@link #bearer} obtains another. */
    void forget(CallbackAuth auth) {
        tokens.remove(key(auth));
    }

    private Token fetch(CallbackAuth auth, Instant now) {
        String client = form(auth.user()) + ":" + form(auth.secret());
        OutboundHttp.Request request = new OutboundHttp.Request(
                        "POST",
                        auth.tokenEndpoint(),
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                        Map.of(),
                        "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII))
                .credential(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)));
        OutboundHttp.Response response;
        try {
            response = http.send(request, CallbackClient.LIMITS);
        } catch (ChainlineException e) {
            if (e.code().equals("OUTBOUND-REFUSED")) {
                throw e;
            }
            throw failed(auth, "it could not be reached or did not answer in time");
        }
        if (response.status() != 200) {
            throw failed(auth, "it answered " + response.status() + " to the client credentials grant");
        }
        return token(auth, response, now);
    }

    private Token token(CallbackAuth auth, OutboundHttp.Response response, Instant now) {
        Map<String, Object> body;
        try {
            body = json.map(new String(response.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw failed(auth, "its answer is not JSON");
        }
        if (!(body.get("access_token") instanceof String value) || value.isBlank()) {
            throw failed(auth, "its answer has no access_token");
        }
        if (body.get("token_type") instanceof String type && !type.equalsIgnoreCase("Bearer")) {
            throw failed(auth, "it issued a " + type + " token, not a Bearer token");
        }
        Duration lifetime = body.get("expires_in") instanceof Number seconds
                ? Duration.ofSeconds(seconds.longValue()).minus(SKEW)
                : UNSAID;
        return new Token(value, now.plus(lifetime.isNegative() ? Duration.ZERO : lifetime));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The endpoint and client id, and the password's digest: other credentials never reuse a token. */
    private static String key(CallbackAuth auth) {
        return auth.tokenEndpoint() + "\n" + auth.user() + "\n"
                + ContentFacts.sha256(auth.secret().getBytes(StandardCharsets.UTF_8));
    }

    private static ChainlineException failed(CallbackAuth auth, String why) {
        return new ChainlineException(
                "SUBSCRIPTION-TOKEN-FAILED",
                Category.INVALID,
                "No OAuth 2.0 token was obtained from " + auth.tokenEndpoint() + " for client " + auth.user() + " ("
                        + why + "); check paramsOauth2ClientCredentials.");
    }
}
