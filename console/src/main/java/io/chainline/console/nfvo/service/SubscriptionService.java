package io.chainline.console.nfvo.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.nfvo.domain.Delivery;
import io.chainline.console.nfvo.domain.DeliveryRepository;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.nfvo.domain.SubscriptionRepository;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscriptions of the three SOL005 APIs. A new one's callback is tested first (SOL013: a GET answered 204), so a
 * typo fails the request instead of every later delivery.
 */
@Service
public class SubscriptionService {

    /** A created subscription, or the equal one that already existed (SOL005 answers that with 303 See Other). */
    public record Created(Sol005Views.SubscriptionView subscription, boolean existed) {}

    public static final List<String> APIS = List.of("vnfpkgm", "nsd", "nslcm", "nsfm");

    /** nsfm is still SOL005 v2.x's {@code /v1}; the others are served in their v3+ {@code /v2} shape. */
    private static final Map<String, String> VERSIONS = Map.of("nsfm", "v1");

    /** Where an API's subscriptions are: {@code /api/nslcm/v2/subscriptions}, {@code /api/nsfm/v1/subscriptions}. */
    public static String collection(String api) {
        return "/api/" + api + "/" + VERSIONS.getOrDefault(api, "v2") + "/subscriptions";
    }

    /** Where the subscriptions made on {@code version} of an API are: {@code 1.0.0} → {@code /api/nslcm/v1/…}. */
    public static String collection(String api, String version) {
        return "/api/" + api + "/v" + version.split("\\.", 2)[0] + "/subscriptions";
    }

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final CallbackClient callbacks;
    private final SecretBox box;
    private final Sol005Json json;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SubscriptionFaults faults;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            CallbackClient callbacks,
            SecretBox box,
            Sol005Json json,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            SubscriptionFaults faults) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callbacks = callbacks;
        this.box = box;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
    }

    /** On the version each API is served at today (nsfm 1.0.0, the others 2.0.0). */
    public Created create(String api, SubscriptionRequest request, String actor) {
        return create(api, "nsfm".equals(api) ? "1.0.0" : "2.0.0", request, actor);
    }

    /**
     * SOL005: an equal subscription (same callback and filter) is answered as it is; otherwise the callback is tested
     * with the request's authentication and {@code version} (SOL013's GET, answered 204) and only then stored.
     *
     * @param version the version of the API the request came by ({@code 2.0.0}): its notifications carry it
     */
    public Created create(String api, String version, SubscriptionRequest request, String actor) {
        URI callback = callbackOf(request);
        CallbackAuth auth = CallbackAuth.requested(request.authentication());
        String filter = json.write(request.filter());
        Optional<Subscription> same = tx.execute(s -> subscriptions.findByApiOrderByCreatedAtAsc(api).stream()
                .filter(e -> e.getCallbackUri().equals(callback.toString())
                        && e.getFilterJson().equals(filter)
                        && e.getApiVersion().equals(version))
                .findFirst());
        if (same.isPresent()) {
            return new Created(view(same.get()), true);
        }
        callbacks.test(callback, version, auth);
        Subscription subscription =
                new Subscription(UUID.randomUUID(), api, version, callback.toString(), filter, actor, clock.instant());
        auth.applyTo(subscription, box);
        return tx.execute(s -> {
            Subscription saved = subscriptions.save(subscription);
            audit.record(
                    actor,
                    "subscription.created",
                    "subscription",
                    saved.getId().toString(),
                    api + " " + version + " → " + callback + " (" + auth.type() + ")");
            return new Created(view(saved), false);
        });
    }

    public List<Sol005Views.SubscriptionView> list(String api) {
        return tx.execute(s -> subscriptions.findByApiOrderByCreatedAtAsc(api).stream()
                .map(this::view)
                .toList());
    }

    public Sol005Views.SubscriptionView get(String api, UUID id) {
        return view(load(api, id));
    }

    /** The subscription with its ETag (SOL005 defines none for subscriptions; DELETE honours If-Match all the same). */
    public Tagged<Sol005Views.SubscriptionView> tagged(String api, UUID id) {
        Sol005Views.SubscriptionView view = get(api, id);
        return new Tagged<>(view, IfMatch.etag(json.write(view)));
    }

    private Subscription load(String api, UUID id) {
        return tx.execute(s -> subscriptions
                .findById(id)
                .filter(e -> e.getApi().equals(api))
                .orElseThrow(() -> new ChainlineException(
                        "SUBSCRIPTION-NOT-FOUND",
                        Category.NOT_FOUND,
                        "No " + api + " subscription has the id " + id + ".")));
    }

    public void delete(String api, UUID id, String actor) {
        delete(api, id, IfMatch.ABSENT, actor);
    }

    public void delete(String api, UUID id, IfMatch ifMatch, String actor) {
        tx.executeWithoutResult(s -> {
            Subscription subscription = load(api, id);
            ifMatch.require(() -> IfMatch.etag(json.write(view(subscription))), "SUBSCRIPTION", "subscription");
            subscriptions.delete(subscription);
            audit.record(
                    actor,
                    "subscription.deleted",
                    "subscription",
                    id.toString(),
                    api + " → " + subscription.getCallbackUri());
        });
        faults.deleted(id);
    }

    /** A subscription with how its deliveries went, for the console's onboarding view (authType as a label). */
    public record Summary(
            UUID id,
            String api,
            String callbackUri,
            String authType,
            Object notificationTypes,
            String createdBy,
            long delivered,
            long pending,
            long gaveUp,
            Optional<String> lastError) {}

    public List<Summary> summaries() {
        return tx.execute(s -> subscriptions.findAll().stream()
                .sorted(java.util.Comparator.comparing(Subscription::getCreatedAt))
                .map(e -> new Summary(
                        e.getId(),
                        e.getApi(),
                        e.getCallbackUri(),
                        label(e.getAuthType()),
                        json.map(e.getFilterJson()).getOrDefault("notificationTypes", "all"),
                        e.getCreatedBy(),
                        deliveries.countBySubscriptionIdAndState(e.getId(), Delivery.State.DELIVERED),
                        deliveries.countBySubscriptionIdAndState(e.getId(), Delivery.State.PENDING),
                        deliveries.countBySubscriptionIdAndState(e.getId(), Delivery.State.GAVE_UP),
                        deliveries
                                .findFirstBySubscriptionIdAndLastErrorIsNotNullOrderByCreatedAtDesc(e.getId())
                                .flatMap(Delivery::getLastError)))
                .toList());
    }

    /** How the console's page names an authentication type. */
    static String label(Subscription.AuthType type) {
        return switch (type) {
            case NONE -> "None";
            case BASIC -> "Basic";
            case HMAC_SHA256 -> "HMAC-SHA256 signature";
            case OAUTH2_CLIENT_CREDENTIALS -> "OAuth 2.0 client credentials";
        };
    }

    /** SOL005's subscription resource, as the API answers it. */
    private Sol005Views.SubscriptionView view(Subscription subscription) {
        String self = collection(subscription.getApi(), subscription.getApiVersion()) + "/" + subscription.getId();
        return new Sol005Views.SubscriptionView(
                subscription.getId(),
                json.map(subscription.getFilterJson()),
                subscription.getCallbackUri(),
                subscription.getAuthType().name(),
                Map.of("self", new Sol005Views.Link(self)));
    }

    private static URI callbackOf(SubscriptionRequest request) {
        try {
            URI uri = URI.create(String.valueOf(request.callbackUri()));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "SUBSCRIPTION-CALLBACK-INVALID",
                    Category.INVALID,
                    "callbackUri must be an absolute http or https URL; got " + request.callbackUri() + ".",
                    e);
        }
    }
}
