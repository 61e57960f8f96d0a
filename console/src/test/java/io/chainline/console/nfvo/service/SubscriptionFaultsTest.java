package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.support.RecordedFaults;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionFaultsTest {

    private final RecordedFaults faults = new RecordedFaults();
    private final SubscriptionFaults subscriptions = new SubscriptionFaults(faults);
    private final Subscription subscription = new Subscription(
            UUID.randomUUID(),
            "nslcm",
            "https://oss:s3cret@oss.example.net:8443/notify/path?token=abc",
            "{}",
            "alice",
            Instant.parse("2026-12-05T00:00:00Z"));
    private final FaultScope scope = FaultScope.of("subscription", subscription.getId());

    @Test
    void aDeliveryThatGaveUpRaisesAMajorCommunicationsAlarmNamingTheHostOnly() {
        subscriptions.gaveUp(subscription, 10, "HTTP 503");

        assertThat(faults.of(scope)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Fault.Severity.MAJOR);
            assertThat(f.eventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
            assertThat(f.object().kind()).isEqualTo(Fault.ManagedObject.Kind.SUBSCRIPTION);
            assertThat(f.object().id()).isEqualTo(subscription.getId());
            assertThat(f.object().name()).isEqualTo("oss.example.net:8443");
            assertThat(f.details()).contains("oss.example.net:8443", "HTTP 503", "10 attempts");
            assertThat(f.details() + f.resource().name() + f.object().name())
                    .doesNotContain("s3cret", "token=abc", "/notify");
        });
    }

    @Test
    void aLaterDeliveryOrDeletingTheSubscriptionClears() {
        subscriptions.gaveUp(subscription, 10, "OUTBOUND-FAILED");
        subscriptions.delivered(subscription.getId());
        assertThat(faults.of(scope)).isEmpty();

        subscriptions.gaveUp(subscription, 10, "OUTBOUND-FAILED");
        subscriptions.deleted(subscription.getId());
        assertThat(faults.of(scope)).isEmpty();
    }

    @Test
    void anUnreadableCallbackIsNamedAsUnknown() {
        assertThat(SubscriptionFaults.host("not a uri")).isEqualTo("?");
        assertThat(SubscriptionFaults.host("http://oss/notify")).isEqualTo("oss");
    }
}
