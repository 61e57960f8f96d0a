package io.chainline.console.nfvo.service;

import io.chainline.console.base.domain.Fault;
import io.chainline.console.base.domain.FaultScope;
import io.chainline.console.base.service.FaultReports;
import io.chainline.console.nfvo.domain.Subscription;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The subscription source of alarms (scope {@code ("subscription", subscriptionId)}): a SOL005 subscriber that stopped
 * taking notifications (a delivery gave up after its retries) has one MAJOR alarm; the next delivery that lands, or
 * deleting the subscription, clears it. Names the callback's host only: its path, query and credentials stay out of
 * alarms, which every console user reads.
 */
@Component
class SubscriptionFaults {

    static final String SOURCE = "subscription";
    private static final Logger log = LoggerFactory.getLogger(SubscriptionFaults.class);

    private final FaultReports faults;

    SubscriptionFaults(FaultReports faults) {
        this.faults = faults;
    }

    /** A delivery to {@code subscription} gave up after {@code attempts}; {@code lastError} says how the last went. */
    void gaveUp(Subscription subscription, int attempts, String lastError) {
        faults.report(scope(subscription.getId()), List.of(fault(subscription, attempts, lastError)));
    }

    /** A delivery landed: the subscriber takes notifications again. */
    void delivered(UUID subscriptionId) {
        faults.report(scope(subscriptionId), List.of());
    }

    /** After the delete committed: never throws, so the delete is never answered as failed. */
    void deleted(UUID subscriptionId) {
        try {
            faults.forget(scope(subscriptionId));
        } catch (RuntimeException e) {
            log.warn("chainline.sol005.alarm-not-cleared subscription={} error={}", subscriptionId, e.toString(), e);
        }
    }

    static Fault fault(Subscription subscription, int attempts, String lastError) {
        String host = host(subscription.getCallbackUri());
        return new Fault(
                "delivery-gave-up",
                new Fault.ManagedObject(Fault.ManagedObject.Kind.SUBSCRIPTION, subscription.getId(), host),
                new Fault.Resource(Fault.Resource.Kind.SUBSCRIPTION, subscription.getApi() + " → " + host, "", null),
                Fault.Severity.MAJOR,
                Fault.EventType.COMMUNICATIONS_ALARM,
                "Notifications undeliverable",
                "The " + subscription.getApi() + " subscription's callback on " + host + " refused " + attempts
                        + " attempts to deliver a notification; the last: " + lastError
                        + ". Fix the subscriber or delete the subscription.");
    }

    /** The host (and port) of a callback URI, never its user info, path or query. */
    static String host(String callbackUri) {
        try {
            URI uri = URI.create(callbackUri);
            String host = uri.getHost() == null ? "?" : uri.getHost();
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private static FaultScope scope(UUID subscriptionId) {
        return FaultScope.of(SOURCE, subscriptionId);
    }
}
