package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.WebhookReceiver;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SOL005 subscriber that stops taking notifications: the delivery worker's last failed attempt raises the
 * subscription's alarm, a later delivery that lands clears it, and deleting the subscription clears it too.
 */
@IntegrationTest
class SubscriptionFaultsIT {

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    AlarmQueries alarms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDeliveryThatGivesUpIsAnAlarmUntilOneLandsOrTheSubscriptionIsDeleted() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID id = subscriptions
                    .create("nslcm", new SubscriptionRequest(Map.of(), receiver.url(), null), "alice")
                    .subscription()
                    .id();

            receiver.refuseNext(1);
            owe(id, 9); // nine attempts failed already: the next refusal is the last
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> alarms.activeOn(id).size() == 1);
            assertThat(alarms.activeOn(id)).singleElement().satisfies(a -> {
                assertThat(a.getSeverity()).isEqualTo(Fault.Severity.MAJOR);
                assertThat(a.getEventType()).isEqualTo(Fault.EventType.COMMUNICATIONS_ALARM);
                assertThat(a.getManagedObject().kind()).isEqualTo(Fault.ManagedObject.Kind.SUBSCRIPTION);
                assertThat(a.getManagedObject().name()).startsWith("127.0.0.1:");
                assertThat(a.getFaultDetails()).contains("HTTP 503").doesNotContain("/notifications");
            });

            owe(id, 0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> alarms.activeOn(id).isEmpty());

            receiver.refuseNext(1);
            owe(id, 9);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> alarms.activeOn(id).size() == 1);
            subscriptions.delete("nslcm", id, "alice");
            assertThat(alarms.activeOn(id)).isEmpty();
        }
    }

    /** A notification due now, as if {@code failedBefore} attempts had already failed: one row, so no worker sees less. */
    private void owe(UUID subscription, int failedBefore) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update(
                "INSERT INTO sol005_delivery (id, subscription_id, notification_type, payload, state, attempts,"
                        + " next_attempt_at, created_at, version) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, 0)",
                UUID.randomUUID(),
                subscription,
                "NsLcmOperationOccurrenceNotification",
                "{}",
                failedBefore,
                now,
                now);
    }
}
