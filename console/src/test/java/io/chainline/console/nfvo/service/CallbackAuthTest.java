package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.nfvo.domain.Subscription.AuthType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackAuthTest {

    private static final SubscriptionRequest.ParamsOauth2ClientCredentials CLIENT =
            new SubscriptionRequest.ParamsOauth2ClientCredentials("id", "client-pw", "https://idp.example/token");

    @Test
    void theFirstListedTypeTheConsoleOffersIsUsed() {
        CallbackAuth auth = CallbackAuth.requested(new SubscriptionRequest.Authentication(
                List.of("TLS_CERT", "OAUTH2_CLIENT_CREDENTIALS", "BASIC"),
                new SubscriptionRequest.ParamsBasic("u", "p"),
                CLIENT,
                null));
        assertThat(auth.type()).isEqualTo(AuthType.OAUTH2_CLIENT_CREDENTIALS);
        assertThat(auth.tokenEndpoint()).hasToString("https://idp.example/token");
        assertThat(CallbackAuth.requested(null)).isEqualTo(CallbackAuth.NONE);
    }

    @Test
    void incompleteOrUnofferedAuthenticationIsRefusedWithACode() {
        assertThatThrownBy(() -> CallbackAuth.requested(
                        new SubscriptionRequest.Authentication(List.of("TLS_CERT"), null, null, null)))
                .isInstanceOf(ChainlineException.class)
                .hasMessageContaining("TLS_CERT")
                .extracting(e -> ((ChainlineException) e).code())
                .isEqualTo("SUBSCRIPTION-AUTH-INVALID");
        assertThatThrownBy(() -> CallbackAuth.requested(new SubscriptionRequest.Authentication(
                        List.of("OAUTH2_CLIENT_CREDENTIALS"),
                        null,
                        new SubscriptionRequest.ParamsOauth2ClientCredentials("id", "pw", "ftp://idp/token"),
                        null)))
                .hasMessageContaining("tokenEndpoint");
    }

    @Test
    void secretsAreNeverPrinted() {
        CallbackAuth auth = CallbackAuth.requested(
                new SubscriptionRequest.Authentication(List.of("OAUTH2_CLIENT_CREDENTIALS"), null, CLIENT, null));
        assertThat(auth.toString()).doesNotContain("client-pw");
        assertThat(CLIENT.toString()).doesNotContain("client-pw");
        assertThat(new SubscriptionRequest.ParamsBasic("u", "basic-pw").toString())
                .doesNotContain("basic-pw");
        assertThat(new SubscriptionRequest.ParamsHmac("hmac-key-0123456789").toString())
                .doesNotContain("hmac-key");
    }
}
