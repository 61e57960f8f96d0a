package io.chainline.console.nfvo.service;

import java.util.List;
import java.util.Map;

/**
 * A SOL005 subscription request. {@code authentication.authType} takes SOL013's BASIC, or Chainline's HMAC_SHA256
 * (each delivery then carries {@code X-Chainline-Signature: sha256=<hex HMAC of "timestamp.body">} and
 * {@code X-Chainline-Timestamp}).
 */
public record SubscriptionRequest(Map<String, Object> filter, String callbackUri, Authentication authentication) {

    public SubscriptionRequest {
        filter = filter == null ? Map.of() : filter;
    }

    public record Authentication(List<String> authType, ParamsBasic paramsBasic, ParamsHmac paramsHmac) {
        public Authentication {
            authType = authType == null ? List.of() : List.copyOf(authType);
        }
    }

    public record ParamsBasic(String userName, String password) {}

    public record ParamsHmac(String secret) {}
}
