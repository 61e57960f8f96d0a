package io.chainline.console.nfvo.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.alarm.service.AlarmChanged;
import io.chainline.console.alarm.service.AlarmQueries;
import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.Fault.Severity;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.nfvo.domain.Delivery;
import io.chainline.console.nfvo.domain.DeliveryRepository;
import io.chainline.console.support.IntegrationTest;
import io.chainline.console.support.WebhookReceiver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** The nsfm listener writes a change's notifications once, however often the registry hands the event over. */
@IntegrationTest
class NsfmNotifierIT {

    @Autowired
    NsfmNotifier notifier;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    FaultReports reports;

    @Autowired
    AlarmQueries queries;

    @Autowired
    TransactionTemplate tx;

    private long owed(UUID subscription) {
        return deliveries.countBySubscriptionIdAndState(subscription, Delivery.State.PENDING)
                + deliveries.countBySubscriptionIdAndState(subscription, Delivery.State.DELIVERED);
    }

    @Test
    void aResubmittedEventNotifiesOnce() throws Exception {
        UUID deployment = UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            UUID subscription = subscriptions
                    .create(
                            NsfmAlarms.API,
                            new SubscriptionRequest(
                                    Map.of(
                                            "nsInstanceSubscriptionFilter",
                                            Map.of("nsInstanceIds", List.of(deployment.toString()))),
                                    receiver.url(),
                                    null),
                            "it")
                    .subscription()
                    .id();
            reports.report(
                    FaultScope.of("live", deployment),
                    List.of(new Fault(
                            "c",
                            Fault.ManagedObject.deployment(deployment, "d"),
                            Fault.Resource.workload("w", "nf", null),
                            Severity.MAJOR,
                            Fault.EventType.EQUIPMENT_ALARM,
                            "Broken",
                            "")));
            UUID alarm = queries.activeOn(deployment).getFirst().getId();
            org.awaitility.Awaitility.await().until(() -> owed(subscription) == 1);

            // the listener itself, without the proxy that runs it asynchronously after a commit
            NsfmNotifier listener = AopTestUtils.getTargetObject(notifier);
            AlarmChanged again = new AlarmChanged(alarm, AlarmChanged.Change.ACKNOWLEDGED);
            tx.executeWithoutResult(s -> listener.alarmChanged(again));
            tx.executeWithoutResult(s -> listener.alarmChanged(again));
            assertThat(owed(subscription)).isEqualTo(2);
            tx.executeWithoutResult(
                    s -> listener.alarmChanged(new AlarmChanged(alarm, AlarmChanged.Change.UNACKNOWLEDGED)));
            assertThat(owed(subscription)).isEqualTo(3);
        }
    }
}
