package io.chainline.console.nfvo.service;

import java.util.List;
import java.util.Map;

/**
 * A SOL005 subscription request. {@code authentication.authType} takes SOL013's BASIC and OAUTH2_CLIENT_CREDENTIALS,
 * or Chainline's HMAC_SHA256 (each delivery then carries {@code X-Chainline-Signature: sha256=<hex HMAC of
 * "timestamp.body">} and {@code X-Chainline-Timestamp}); SOL013's TLS_CERT is not offered.
 */
public record SubscriptionRequest(Map<String, Object> filter, String callbackUri, Authentication authentication) {

    public SubscriptionRequest {
        filter = filter == null ? Map.of() : filter;
    }

    /** SOL013 SubscriptionAuthentication; the first type listed that Chainline offers is used. */
    public record Authentication(
            List<String> authType,
            ParamsBasic paramsBasic,
            ParamsOauth2ClientCredentials paramsOauth2ClientCredentials,
            ParamsHmac paramsHmac) {
        public Authentication {
            authType = authType == null ? List.of() : List.copyOf(authType);
        }

        public Authentication(List<String> authType, ParamsBasic paramsBasic, ParamsHmac paramsHmac) {
            this(authType, paramsBasic, null, paramsHmac);
        }
    }

    public record ParamsBasic(String userName, String password) {
        @Override
        public String toString() {
            return "ParamsBasic[userName=" + userName + ", password=(hidden)]";
        }
    }

    /** SOL013: the client's id and password at the subscriber's token endpoint. */
    public record ParamsOauth2ClientCredentials(String clientId, String clientPassword, String tokenEndpoint) {
        @Override
        public String toString() {
            return "ParamsOauth2ClientCredentials[clientId=" + clientId + ", tokenEndpoint=" + tokenEndpoint
                    + ", clientPassword=(hidden)]";
        }
    }

    public record ParamsHmac(String secret) {
        @Override
        public String toString() {
            return "ParamsHmac[secret=(hidden)]";
        }
    }
}
