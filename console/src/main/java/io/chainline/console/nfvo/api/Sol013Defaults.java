package io.chainline.console.nfvo.api;

import io.chainline.console.nfvo.service.NsfmViews;
import io.chainline.console.nfvo.service.Sol005Views;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What SOL005 says each collection's attribute selectors work with, in one place: the complex attributes a collection
 * leaves out unless asked ({@code exclude_default}, also the answer when no selector is given, SOL013 §5.3), and the
 * attributes no selector removes (those SOL005 marks mandatory, and {@code _links}).
 *
 * <p>Sources: ETSI GS NFV-SOL 005 (v3.x), the {@code exclude_default} descriptions of its OpenAPI documents
 * (forge.etsi.org NFV-SOL005: VNFPackageManagement, NSDManagement, NSLifecycleManagement) and the resources'
 * attribute tables for the mandatory ones (cardinality 1). Alarms and subscriptions take no selectors in SOL005; here
 * they accept them with nothing excluded by default, so their answers are as before.
 */
final class Sol013Defaults {

    /** @param excludedByDefault SOL005's list, including attributes Chainline does not serve (harmless to name) */
    record Selectable(Set<String> mandatory, List<String> excludedByDefault) {}

    private static final Selectable NOTHING_EXCLUDED = new Selectable(Set.of("id", "_links"), List.of());

    private static final Map<Class<?>, Selectable> BY_RESOURCE = Map.of(
            Sol005Views.VnfPkgInfo.class,
            new Selectable(
                    Set.of("id", "onboardingState", "operationalState", "usageState", "_links"),
                    List.of("softwareImages", "additionalArtifacts", "userDefinedData", "checksum")),
            Sol005Views.NsdInfoView.class,
            new Selectable(
                    Set.of("id", "nsdOnboardingState", "nsdOperationalState", "nsdUsageState", "_links"),
                    List.of("userDefinedData", "onboardingFailureDetails")),
            io.chainline.console.nfvo.service.PnfdInfoView.class,
            new Selectable(
                    Set.of("id", "pnfdOnboardingState", "pnfdUsageState", "_links"),
                    List.of("userDefinedData", "onboardingFailureDetails")),
            Sol005Views.NsInstanceView.class,
            new Selectable(
                    Set.of("id", "nsInstanceName", "nsInstanceDescription", "nsdId", "nsdInfoId", "nsState", "_links"),
                    List.of(
                            "vnfInstance",
                            "pnfInfo",
                            "virtualLinkInfo",
                            "vnffgInfo",
                            "sapInfo",
                            "nsScaleStatus",
                            "additionalAffinityOrAntiAffinityRule")),
            Sol005Views.NsLcmOpOccView.class,
            new Selectable(
                    Set.of(
                            "id",
                            "operationState",
                            "stateEnteredTime",
                            "nsInstanceId",
                            "lcmOperationType",
                            "startTime",
                            "isAutomaticInvocation",
                            "isCancelPending",
                            "_links"),
                    List.of("operationParams", "changedVnfInfo", "error", "resourceChanges")),
            NsfmViews.AlarmView.class,
            new Selectable(
                    Set.of(
                            "id",
                            "managedObjectId",
                            "rootCauseFaultyResource",
                            "alarmRaisedTime",
                            "ackState",
                            "perceivedSeverity",
                            "eventTime",
                            "eventType",
                            "probableCause",
                            "isRootCause",
                            "_links"),
                    List.of()),
            Sol005Views.SubscriptionView.class,
            new Selectable(Set.of("id", "callbackUri", "_links"), List.of()));

    private Sol013Defaults() {}

    static Selectable of(Class<?> resource) {
        return BY_RESOURCE.getOrDefault(resource, NOTHING_EXCLUDED);
    }
}
