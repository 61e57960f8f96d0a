package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    @Test
    void aFilterSelectsByTypeAndBySubject() {
        Map<String, String> subject = Map.of("nsInstanceId", "ns-1");
        assertThat(Notifications.matches(Map.of(), "X", subject)).isTrue();
        assertThat(Notifications.matches(Map.of("notificationTypes", List.of("X", "Y")), "X", subject))
                .isTrue();
        assertThat(Notifications.matches(Map.of("notificationTypes", List.of("Y")), "X", subject))
                .isFalse();
        assertThat(Notifications.matches(Map.of("nsInstanceId", List.of("ns-2")), "X", subject))
                .isFalse();
        assertThat(Notifications.matches(
                        Map.of("nsInstanceSubscriptionFilter", Map.of("nsInstanceIds", List.of("ns-1"))), "X", subject))
                .isTrue();
        assertThat(Notifications.matches(
                        Map.of("nsInstanceSubscriptionFilter", Map.of("nsInstanceIds", List.of("ns-9"))), "X", subject))
                .isFalse();
    }

    @Test
    void failedDeliveriesBackOffExponentiallyUpToTenMinutes() {
        assertThat(DeliveryWorker.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(DeliveryWorker.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DeliveryWorker.backoff(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(DeliveryWorker.backoff(12)).isEqualTo(Duration.ofMinutes(10));
        assertThat(DeliveryWorker.backoff(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theHmacIsTheHexOfHmacSha256OverTimestampAndBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(CallbackClient.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
