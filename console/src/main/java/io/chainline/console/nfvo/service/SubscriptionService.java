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

    /**
     * The version an API is subscribed on when none is named: nsfm's only one (SOL005 v2.x's {@code /v1}), the
     * others' v3+ {@code /v2}. vnfpkgm, nsd and nslcm are subscribed on {@code /v1} too (SOL005 v2.6.1).
     */
    public static String defaultVersion(String api) {
        return "nsfm".equals(api) ? "v1" : "v2";
    }

    /** Where an API's subscriptions are: {@code /api/nslcm/v2/subscriptions}, {@code /api/nsfm/v1/subscriptions}. */
    public static String collection(String api) {
        return collection(api, defaultVersion(api));
    }

    /** @param version the major version, {@code v1} or {@code v2} */
    public static String collection(String api, String version) {
        return "/api/" + api + "/" + version + "/subscriptions";
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
    private final KeysetPages pages;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            CallbackClient callbacks,
            SecretBox box,
            Sol005Json json,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            SubscriptionFaults faults,
            KeysetPages pages) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callbacks = callbacks;
        this.box = box;
        this.json = json;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.faults = faults;
        this.pages = pages;
    }

    /** On the version each API is served at today (nsfm 1.0.0, the others 2.0.0). */
    public Created create(String api, SubscriptionRequest request, String actor) {
        return create(api, defaultVersion(api), request, actor);
    }

    /**
     * SOL005: an equal subscription (same callback and filter) is answered as it is; otherwise the callback is tested
     * with the request's authentication and {@code version} (SOL013's GET, answered 204) and only then stored.
     *
     * @param version the major version subscribed on ({@code v1}, {@code v2}): its notifications come in that version's
     *     shape and carry its {@code Version} header
     */
    public Created create(String api, String version, SubscriptionRequest request, String actor) {
        URI callback = callbackOf(request);
        CallbackAuth auth = CallbackAuth.requested(request.authentication());
        String filter = json.write(request.filter());
        Optional<Subscription> same = tx.execute(s -> ofVersion(api, version).stream()
                .filter(e -> e.getCallbackUri().equals(callback.toString())
                        && e.getFilterJson().equals(filter)
                        && e.getApiVersion().equals(version))
                .findFirst());
        if (same.isPresent()) {
            return new Created(view(same.get()), true);
        }
        callbacks.test(callback, Sol005V1.versionHeader(version), auth);
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
        return list(api, defaultVersion(api));
    }

    /** The subscriptions made on that major version of the API; those on the other are its resources. */
    public List<Sol005Views.SubscriptionView> list(String api, String version) {
        return tx.execute(s -> ofVersion(api, version).stream().map(this::view).toList());
    }

    /** What a subscription shows from its own columns; its filter is JSON, so it is filtered in memory. */
    static final Map<String, KeysetPages.Column> COLUMNS = Map.of(
            "id", KeysetPages.Column.uuid("id"),
            "callbackUri", KeysetPages.Column.text("callbackUri"),
            "authType", KeysetPages.Column.of("authType", Subscription.AuthType.class));

    /** One page of the subscriptions made on that major version of the API, in one query (ADR 0044). */
    public List<KeysetPages.Keyed<Sol005Views.SubscriptionView>> page(
            String api, String version, KeysetPages.Request request) {
        return tx.execute(s -> pages
                .rows(
                        Subscription.class,
                        COLUMNS,
                        request,
                        (cb, root) -> cb.and(cb.equal(root.get("api"), api), cb.equal(root.get("apiVersion"), version)))
                .stream()
                .map(e -> new KeysetPages.Keyed<>(new KeysetPages.Key(e.getCreatedAt(), e.getId()), view(e)))
                .toList());
    }

    private List<Subscription> ofVersion(String api, String version) {
        return subscriptions.findByApiOrderByCreatedAtAsc(api).stream()
                .filter(e -> e.getApiVersion().equals(version))
                .toList();
    }

    public Sol005Views.SubscriptionView get(String api, UUID id) {
        return get(api, defaultVersion(api), id);
    }

    /** The subscription with its ETag (SOL005 defines none for subscriptions; DELETE honours If-Match all the same). */
    public Tagged<Sol005Views.SubscriptionView> tagged(String api, String version, UUID id) {
        Sol005Views.SubscriptionView view = get(api, version, id);
        return new Tagged<>(view, IfMatch.etag(json.write(view)));
    }

    public Sol005Views.SubscriptionView get(String api, String version, UUID id) {
        return view(load(api, version, id));
    }

    private Subscription load(String api, String version, UUID id) {
        return tx.execute(s -> subscriptions
                .findById(id)
                .filter(e -> e.getApi().equals(api) && e.getApiVersion().equals(version))
                .orElseThrow(() -> new ChainlineException(
                        "SUBSCRIPTION-NOT-FOUND",
                        Category.NOT_FOUND,
                        "No " + api + " " + version + " subscription has the id " + id + ".")));
    }

    public void delete(String api, UUID id, String actor) {
        delete(api, defaultVersion(api), id, IfMatch.ABSENT, actor);
    }

    public void delete(String api, String version, UUID id, IfMatch ifMatch, String actor) {
        tx.executeWithoutResult(s -> {
            Subscription subscription = load(api, version, id);
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
