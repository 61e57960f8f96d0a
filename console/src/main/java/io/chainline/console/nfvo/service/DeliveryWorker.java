package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.PeriodicTask;
import io.chainline.console.base.service.PeriodicWork;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.nfvo.domain.Delivery;
import io.chainline.console.nfvo.domain.DeliveryRepository;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.nfvo.domain.SubscriptionRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts owed notifications to their subscribers and retries failures with exponential backoff (1 s, 2 s, 4 s … at
 * most 10 min apart) until one lands or {@value #MAX_ATTEMPTS} attempts have failed. Every console runs one; a lease
 * (taken under the row's version) keeps two from posting the same delivery at once.
 */
@Component
class DeliveryWorker implements PeriodicWork {

    static final int MAX_ATTEMPTS = 10;
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final CallbackClient callbacks;
    private final SecretBox box;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final PeriodicTask rounds;
    private final SubscriptionFaults faults;

    DeliveryWorker(
            DeliveryRepository deliveries,
            SubscriptionRepository subscriptions,
            CallbackClient callbacks,
            SecretBox box,
            TransactionTemplate tx,
            Clock clock,
            @Value("${chainline.notifications.poll-interval:PT1S}") Duration interval,
            SubscriptionFaults faults) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.callbacks = callbacks;
        this.box = box;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
        this.rounds = new PeriodicTask("sol005-notifications", interval, interval, this::deliverDue);
    }

    /** Posts what is due now; returns how many it tried. */
    int deliverDue() {
        Instant now = clock.instant();
        List<Delivery> due = tx.execute(s -> deliveries.findByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                Delivery.State.PENDING, now, Limit.of(BATCH)));
        int tried = 0;
        for (Delivery delivery : due) {
            if (lease(delivery)) {
                attempt(delivery);
                tried++;
            }
        }
        return tried;
    }

    private boolean lease(Delivery delivery) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                Delivery fresh = deliveries.findById(delivery.getId()).orElse(null);
                return fresh != null && fresh.lease(clock.instant(), LEASE);
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            return false; // another console took it
        }
    }

    private void attempt(Delivery delivery) {
        Optional<Subscription> subscription = tx.execute(s -> subscriptions.findById(delivery.getSubscriptionId()));
        if (subscription.isEmpty()) {
            return; // deleted meanwhile: its deliveries went with it
        }
        Subscription to = subscription.get();
        String outcome;
        try {
            int status = callbacks.post(
                    URI.create(to.getCallbackUri()),
                    Sol005V1.versionHeader(to.getApiVersion()),
                    CallbackAuth.of(to, box),
                    delivery.getPayload());
            outcome = status / 100 == 2 ? null : "HTTP " + status;
        } catch (ChainlineException e) {
            // OUTBOUND-REFUSED, OUTBOUND-FAILED or SUBSCRIPTION-TOKEN-FAILED: nothing about the port, address or secret
            outcome = e.code();
        }
        Optional<Delivery> recorded = record(delivery, Optional.ofNullable(outcome));
        // after the delivery's own transaction: an alarm that cannot be written never makes a delivery post twice
        recorded.ifPresent(d -> alarm(to, d));
    }

    /** The subscription's alarm follows its last delivery; failing to say so never stops the round's other posts. */
    private void alarm(Subscription to, Delivery d) {
        try {
            if (d.getState() == Delivery.State.GAVE_UP) {
                faults.gaveUp(to, d.getAttempts(), d.getLastError().orElse(""));
            } else if (d.getState() == Delivery.State.DELIVERED) {
                faults.delivered(to.getId());
            }
        } catch (RuntimeException e) {
            log.warn("chainline.sol005.alarm-not-reported subscription={} error={}", to.getId(), e.toString(), e);
        }
    }

    private Optional<Delivery> record(Delivery delivery, Optional<String> error) {
        return tx.execute(s -> deliveries.findById(delivery.getId()).map(d -> {
            Instant now = clock.instant();
            error.ifPresentOrElse(
                    why -> {
                        Duration wait = backoff(d.getAttempts());
                        d.failedAttempt(why, now.plus(wait), MAX_ATTEMPTS);
                        log.info(
                                "Notification {} to subscription {} failed ({}); attempt {} of {}",
                                d.getNotificationType(),
                                d.getSubscriptionId(),
                                why,
                                d.getAttempts(),
                                MAX_ATTEMPTS);
                    },
                    () -> d.delivered(now));
            return d;
        }));
    }

    /** 1 s after the first failure, doubling, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int failedBefore) {
        long seconds = 1L << Math.min(failedBefore, 20);
        return Duration.ofSeconds(seconds).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : Duration.ofSeconds(seconds);
    }

    @Override
    public PeriodicTask rounds() {
        return rounds;
    }
}
