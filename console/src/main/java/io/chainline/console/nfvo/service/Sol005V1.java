package io.chainline.console.nfvo.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SOL005 v2.6.1 shape ({@code /api/{vnfpkgm,nsd,nslcm}/v1}) of what the services hand out in the v3+ shape
 * ({@code /v2}): the one place that knows how the two versions differ for a client (ADR 0039).
 *
 * <ul>
 *   <li>Links point at the v1 resources.
 *   <li>v2.6.1 has no {@code ERROR} onboarding state: a failed upload or processing leaves the package or NSD
 *       {@code CREATED} with {@code onboardingFailureDetails} (SOL005 v2.6.1 tables 9.5.2.5-1 and 5.5.2.2-1: "shall be
 *       present when the onboarding state is CREATED and the uploading or processing fails"), and a new upload is
 *       accepted as in {@code ERROR}.
 *   <li>Notifications are spelt as v2.6.1 spells them: {@code NsdOnBoardingNotification}, nslcm's {@code timestamp}.
 *   <li>Attributes v3 and v4 added are left out (e.g. VnfPkgInfo's {@code vnfmInfo}, {@code packageSecurityOption},
 *       {@code signingCertificate}; NsLcmOpOcc's {@code lcmCoordinations}, {@code warnings}).
 * </ul>
 */
public final class Sol005V1 {

    /** The APIs served in both versions; nsfm has only its v1. */
    public static final Set<String> APIS = Set.of("vnfpkgm", "nsd", "nslcm");

    private static final Pattern V2_HREF = Pattern.compile("/api/(vnfpkgm|nsd|nslcm)/v2/");

    private static final List<String> STATES = List.of("onboardingState", "nsdOnboardingState", "pnfdOnboardingState");

    /** Top-level attributes of VnfPkgInfo, NsdInfo, NsInstance and NsLcmOpOcc that SOL005 v2.6.1 does not define. */
    static final Set<String> LATER_ATTRIBUTES = Set.of(
            "vnfmInfo",
            "packageSecurityOption",
            "signingCertificate",
            "compatibleSpecificationVersions",
            "archiveSecurityOption",
            "artifacts",
            "vnfSnapshotInfoIds",
            "wanConnectionInfo",
            "priority",
            "lcmCoordinations",
            "rejectedLcmCoordinations",
            "warnings");

    private Sol005V1() {}

    /** Whether a request path is one of the v1 APIs served over the v2 services. */
    public static boolean isV1(String path) {
        return APIS.stream().anyMatch(api -> path.startsWith("/api/" + api + "/v1/"));
    }

    /** A v2 link or {@code Location} as its v1 counterpart; anything else unchanged. */
    public static String href(String value) {
        return V2_HREF.matcher(value).replaceFirst("/api/$1/v1/");
    }

    /** The {@code Version} header of an answer or a notification of this major version ({@code v1}, {@code v2}). */
    public static String versionHeader(String major) {
        return major.substring(1) + ".0.0";
    }

    /** nslcm's notifications, whose time attribute SOL005 v2.6.1 spells {@code timestamp} (the others' timeStamp). */
    private static final Set<String> NSLCM_NOTIFICATIONS = Set.of(
            "NsLcmOperationOccurrenceNotification",
            "NsIdentifierCreationNotification",
            "NsIdentifierDeletionNotification",
            "NsChangeNotification");

    /** SOL005's names of notification types where the service's differ (v2.6.1 and later: NsdOnBoardingNotification). */
    private static final Map<String, String> NOTIFICATION_TYPES =
            Map.of("NsdOnboardingNotification", "NsdOnBoardingNotification");

    /** The notification type as a v2.6.1 subscriber names it in its filter and reads it. */
    public static String notificationType(String type) {
        return NOTIFICATION_TYPES.getOrDefault(type, type);
    }

    /** Reshapes, in place, one resource or notification (an object) or a page of them (an array) to v2.6.1. */
    public static JsonNode shape(JsonNode tree) {
        if (tree.isArray()) {
            tree.forEach(Sol005V1::shape);
        } else if (tree instanceof ObjectNode resource) {
            LATER_ATTRIBUTES.forEach(resource::remove);
            for (String state : STATES) {
                if (resource.path(state).isString()
                        && resource.path(state).asString().equals("ERROR")) {
                    resource.put(state, "CREATED");
                }
            }
            notification(resource);
            links(resource);
        }
        return tree;
    }

    private static void notification(ObjectNode notification) {
        if (!notification.path("notificationType").isString()) {
            return;
        }
        String type = notification.path("notificationType").asString();
        notification.put("notificationType", notificationType(type));
        if (NSLCM_NOTIFICATIONS.contains(type) && notification.has("timeStamp")) {
            notification.set("timestamp", notification.remove("timeStamp"));
        }
    }

    /** A notification in the v2.6.1 shape, for a subscription made on v1. */
    static Map<String, Object> shape(Map<String, Object> notification, Sol005Json json) {
        return json.map(json.write(shape(json.tree(notification))));
    }

    /** Every {@code href} below, however deep (_links, notifications' nested links). */
    private static void links(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (name.equals("href") && value.isString()) {
                    object.put(name, href(value.asString()));
                } else {
                    links(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(Sol005V1::links);
        }
    }
}
