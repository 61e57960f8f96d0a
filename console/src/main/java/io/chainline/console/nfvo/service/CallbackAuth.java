package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.nfvo.domain.Subscription.AuthType;
import java.net.URI;
import java.util.Optional;

/**
 * How the console authenticates to one subscriber's callback: as asked in a subscription request (before it is
 * stored, for the test GET) or as stored (secrets opened from the box for one delivery). Never printed with its
 * secret.
 *
 * @param user the basic-auth user name or the OAuth 2.0 client id
 * @param secret the basic-auth password, the OAuth 2.0 client password or the HMAC key, in the clear
 * @param tokenEndpoint where OAuth 2.0 tokens are obtained; null for the other types
 */
record CallbackAuth(AuthType type, String user, String secret, URI tokenEndpoint) {

    static final CallbackAuth NONE = new CallbackAuth(AuthType.NONE, null, null, null);

    /** As the stored subscription says, its secret opened. */
    static CallbackAuth of(Subscription subscription, SecretBox box) {
        return new CallbackAuth(
                subscription.getAuthType(),
                subscription.getAuthUser().orElse(null),
                subscription.getAuthSecret().map(box::open).orElse(null),
                subscription.getAuthTokenEndpoint().map(URI::create).orElse(null));
    }

    /** Stores it on a new subscription, the secret sealed. */
    void applyTo(Subscription subscription, SecretBox box) {
        switch (type) {
            case NONE -> {}
            case OAUTH2_CLIENT_CREDENTIALS ->
                subscription.authenticateByToken(user, box.seal(secret), tokenEndpoint.toString());
            default -> subscription.authenticate(type, user, box.seal(secret));
        }
    }

    /** SOL013 SubscriptionAuthentication: the first listed type Chainline offers, with its parameters complete. */
    static CallbackAuth requested(SubscriptionRequest.Authentication asked) {
        if (asked == null || asked.authType().isEmpty()) {
            return NONE;
        }
        Optional<String> offered = asked.authType().stream()
                .filter(t -> t.equals("BASIC") || t.equals("OAUTH2_CLIENT_CREDENTIALS") || t.equals("HMAC_SHA256"))
                .findFirst();
        return switch (offered.orElse(asked.authType().getFirst())) {
            case "BASIC" -> basic(asked.paramsBasic());
            case "OAUTH2_CLIENT_CREDENTIALS" -> oauth2(asked.paramsOauth2ClientCredentials());
            case "HMAC_SHA256" -> hmac(asked.paramsHmac());
            default ->
                throw refused(asked.authType() + " is not offered; use BASIC, OAUTH2_CLIENT_CREDENTIALS or"
                        + " HMAC_SHA256 (TLS_CERT needs a client certificate this console does not present).");
        };
    }

    private static CallbackAuth basic(SubscriptionRequest.ParamsBasic basic) {
        if (basic == null || blank(basic.userName()) || blank(basic.password())) {
            throw refused("BASIC needs paramsBasic with userName and password.");
        }
        return new CallbackAuth(AuthType.BASIC, basic.userName(), basic.password(), null);
    }

    private static CallbackAuth oauth2(SubscriptionRequest.ParamsOauth2ClientCredentials oauth) {
        if (oauth == null || blank(oauth.clientId()) || blank(oauth.clientPassword()) || blank(oauth.tokenEndpoint())) {
            throw refused("OAUTH2_CLIENT_CREDENTIALS needs paramsOauth2ClientCredentials with clientId,"
                    + " clientPassword and tokenEndpoint.");
        }
        URI endpoint;
        try {
            endpoint = URI.create(oauth.tokenEndpoint().strip());
        } catch (IllegalArgumentException e) {
            throw refused("tokenEndpoint must be an absolute http or https URL; got " + oauth.tokenEndpoint() + ".");
        }
        if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                || endpoint.getHost() == null) {
            throw refused("tokenEndpoint must be an absolute http or https URL; got " + oauth.tokenEndpoint() + ".");
        }
        return new CallbackAuth(AuthType.OAUTH2_CLIENT_CREDENTIALS, oauth.clientId(), oauth.clientPassword(), endpoint);
    }

    private static CallbackAuth hmac(SubscriptionRequest.ParamsHmac hmac) {
        if (hmac == null || hmac.secret() == null || hmac.secret().length() < 16) {
            throw refused("HMAC_SHA256 needs paramsHmac.secret of at least 16 characters.");
        }
        return new CallbackAuth(AuthType.HMAC_SHA256, null, hmac.secret(), null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static ChainlineException refused(String why) {
        return new ChainlineException("SUBSCRIPTION-AUTH-INVALID", Category.INVALID, why);
    }

    @Override
    public String toString() {
        return "CallbackAuth[" + type + (user == null ? "" : ", " + user) + "]";
    }
}
