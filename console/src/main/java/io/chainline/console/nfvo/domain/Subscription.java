package io.chainline.console.nfvo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's subscription to one API's notifications, on the version of the API it was made on (its notifications
 * carry that version). The secret it authenticates deliveries with (a basic-auth password, an OAuth 2.0 client
 * password or an HMAC key) is sealed; it is never sent back.
 */
@Entity
@Table(name = "sol005_subscription")
public class Subscription {

    /** How a delivery proves it comes from this console. */
    public enum AuthType {
        NONE,
        BASIC,
        HMAC_SHA256,
        /** SOL013: a bearer token from the subscriber's token endpoint, by the client credentials grant. */
        OAUTH2_CLIENT_CREDENTIALS
    }

    @Id
    private UUID id;

    @Column(nullable = false, length = 16)
    private String api;

    /** The major version the subscription was made on ({@code v1}, {@code v2}): its notifications' shape. */
    @Column(name = "api_version", nullable = false, length = 8)
    private String apiVersion;

    @Column(name = "callback_uri", nullable = false, length = 2000)
    private String callbackUri;

    @Column(name = "filter_json", nullable = false, length = 100_000)
    private String filterJson;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "auth_type", nullable = false, length = 32)
    private AuthType authType;

    @Column(name = "auth_user", length = 200)
    private String authUser;

    @Column(name = "auth_secret", length = 1000)
    private String authSecret;

    @Column(name = "auth_token_endpoint", length = 2000)
    private String authTokenEndpoint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Subscription() {
        // for JPA
    }

    /** A subscription on the API's only or newest version: nsfm's v1, the others' v2. */
    public Subscription(UUID id, String api, String callbackUri, String filterJson, String actor, Instant now) {
        this(id, api, "nsfm".equals(api) ? "v1" : "v2", callbackUri, filterJson, actor, now);
    }

    public Subscription(
            UUID id, String api, String apiVersion, String callbackUri, String filterJson, String actor, Instant now) {
        this.id = id;
        this.api = api;
        this.apiVersion = apiVersion;
        this.callbackUri = callbackUri;
        this.filterJson = filterJson;
        this.authType = AuthType.NONE;
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** @param sealedSecret the password or key, sealed by the console's secret box */
    public void authenticate(AuthType type, String user, String sealedSecret) {
        this.authType = type;
        this.authUser = user;
        this.authSecret = sealedSecret;
    }

    /** OAuth 2.0 client credentials: the client id, its sealed password, and where tokens are obtained. */
    public void authenticateByToken(String clientId, String sealedPassword, String tokenEndpoint) {
        authenticate(AuthType.OAUTH2_CLIENT_CREDENTIALS, clientId, sealedPassword);
        this.authTokenEndpoint = tokenEndpoint;
    }

    public void reseal(String sealedSecret) {
        this.authSecret = sealedSecret;
    }

    public UUID getId() {
        return id;
    }

    public String getApi() {
        return api;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public Optional<String> getAuthTokenEndpoint() {
        return Optional.ofNullable(authTokenEndpoint);
    }

    public String getCallbackUri() {
        return callbackUri;
    }

    public String getFilterJson() {
        return filterJson;
    }

    public AuthType getAuthType() {
        return authType;
    }

    public Optional<String> getAuthUser() {
        return Optional.ofNullable(authUser);
    }

    public Optional<String> getAuthSecret() {
        return Optional.ofNullable(authSecret);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
