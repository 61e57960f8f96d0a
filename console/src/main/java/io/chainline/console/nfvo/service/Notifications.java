package io.chainline.console.nfvo.service;

import io.chainline.console.nfvo.domain.Delivery;
import io.chainline.console.nfvo.domain.DeliveryRepository;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.nfvo.domain.SubscriptionRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the notifications a change owes its subscribers, in the change's own transaction (an outbox): a change that
 * rolls back notifies nobody, and one that commits is delivered even if this console stops right after.
 */
@Component
public class Notifications {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Sol005Json json;
    private final ApiRoot root;
    private final Clock clock;

    Notifications(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            Sol005Json json,
            ApiRoot root,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.root = root;
        this.clock = clock;
    }

    Sol005Json json() {
        return json;
    }

    /**
     * @param subject the ids the notification is about, by the filter attribute that selects them (vnfPkgId,
     *     nsdInfoId, nsInstanceId; nsfm's perceivedSeverities, eventTypes, probableCauses, faultyResourceTypes name
     *     the filter's own list, so an alarm's severity is matched against that list as an id is)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(String api, String type, Map<String, Object> body, Map<String, String> subject) {
        for (Subscription subscription : subscriptions.findByApiOrderByCreatedAtAsc(api)) {
            if (!matches(json.map(subscription.getFilterJson()), typeFor(subscription, type), subject)) {
                continue;
            }
            UUID id = UUID.randomUUID();
            Map<String, Object> notification = new LinkedHashMap<>();
            notification.put("id", id);
            notification.put("notificationType", type);
            notification.put("subscriptionId", subscription.getId());
            notification.put("timeStamp", clock.instant().toString());
            notification.putAll(body);
            Map<String, Object> links = new LinkedHashMap<>();
            Object own = body.get("_links");
            if (own instanceof Map<?, ?> m) {
                m.forEach((k, v) -> links.put(String.valueOf(k), v));
            }
            links.put(
                    "subscription",
                    Map.of(
                            "href",
                            SubscriptionService.collection(api, subscription.getApiVersion()) + "/"
                                    + subscription.getId()));
            notification.put("_links", links);
            Map<String, Object> shaped = inItsVersion(subscription, notification);
            deliveries.save(new Delivery(id, subscription.getId(), type, json.write(shaped), clock.instant()));
        }
    }

    /**
     * The notification with absolute links (SOL013: a Link's href contains {apiRoot}; {@link ApiRoot}), in the
     * subscription's version: one made on a v1 API is notified in SOL005 v2.6.1's shape, with links to the v1 resources.
     */
    private Map<String, Object> inItsVersion(Subscription subscription, Map<String, Object> notification) {
        Map<String, Object> rooted = root.rooted(notification, json);
        return v1(subscription) ? Sol005V1.shape(rooted, json) : rooted;
    }

    /** The notification type as the subscription's version names it (what its filter lists). */
    private static String typeFor(Subscription subscription, String type) {
        return v1(subscription) ? Sol005V1.notificationType(type) : type;
    }

    private static boolean v1(Subscription subscription) {
        return "v1".equals(subscription.getApiVersion()) && Sol005V1.APIS.contains(subscription.getApi());
    }

    /** SOL005 filters: notificationTypes, and for each subject attribute a list of the ids wanted. */
    static boolean matches(Map<String, Object> filter, String type, Map<String, String> subject) {
        if (filter.get("notificationTypes") instanceof Collection<?> types
                && !types.isEmpty()
                && !types.contains(type)) {
            return false;
        }
        for (Map.Entry<String, String> s : subject.entrySet()) {
            Object wanted = filter.get(s.getKey());
            if (wanted == null && filter.get("nsInstanceSubscriptionFilter") instanceof Map<?, ?> ns) {
                wanted = ns.get(s.getKey() + "s");
            }
            if (wanted instanceof Collection<?> ids
                    && !ids.isEmpty()
                    && ids.stream().map(String::valueOf).noneMatch(s.getValue()::equals)) {
                return false;
            }
        }
        return true;
    }
}
