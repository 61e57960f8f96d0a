package io.chainline.console.nfvo.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SOL005 resources as the API shows them, with SOL005's attribute names. */
public final class Sol005Views {

    private Sol005Views() {}

    /** A link as SOL013 writes it. */
    public record Link(String href) {}

    public record Checksum(String algorithm, String hash) {}

    /** SOL005 VnfPkgInfo. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VnfPkgInfo(
            UUID id,
            String vnfdId,
            String vnfProvider,
            String vnfProductName,
            String vnfSoftwareVersion,
            String vnfdVersion,
            Checksum checksum,
            String packageSecurityOption,
            String onboardingState,
            String operationalState,
            String usageState,
            List<String> vnfmInfo,
            FailureDetails onboardingFailureDetails,
            Map<String, Object> userDefinedData,
            @JsonProperty("_links") Map<String, Link> links) {}

    /** SOL005 NsdInfo. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NsdInfoView(
            UUID id,
            String nsdId,
            String nsdName,
            String nsdVersion,
            String nsdDesigner,
            List<String> vnfPkgIds,
            String nsdOnboardingState,
            String nsdOperationalState,
            String nsdUsageState,
            FailureDetails onboardingFailureDetails,
            Map<String, Object> userDefinedData,
            @JsonProperty("_links") Map<String, Link> links) {}

    /**
     * One network function of an instantiated NS, as SOL005's VnfInstance (its mandatory attributes: the VNFD's
     * identity and the package it came from); {@code targets} is Chainline's addition.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VnfInstanceView(
            String id,
            String vnfdId,
            String vnfProvider,
            String vnfProductName,
            String vnfSoftwareVersion,
            String vnfdVersion,
            String vnfPkgId,
            String instantiationState,
            List<String> targets) {}

    /** SOL005 NsInstance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NsInstanceView(
            UUID id,
            String nsInstanceName,
            String nsInstanceDescription,
            String nsdId,
            UUID nsdInfoId,
            String nsState,
            UUID deploymentId,
            String deploymentState,
            List<VnfInstanceView> vnfInstance,
            @JsonProperty("_links") Map<String, Link> links) {}

    /** SOL005 NsLcmOpOcc. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NsLcmOpOccView(
            UUID id,
            String operationState,
            Instant stateEnteredTime,
            Instant startTime,
            UUID nsInstanceId,
            String lcmOperationType,
            boolean isAutomaticInvocation,
            Map<String, Object> operationParams,
            boolean isCancelPending,
            FailureDetails error,
            Map<String, Object> resourceChanges,
            @JsonProperty("_links") Map<String, Link> links) {}

    /** SOL005 subscription, never with its credentials. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(
            UUID id,
            Map<String, Object> filter,
            String callbackUri,
            String authType,
            @JsonProperty("_links") Map<String, Link> links) {}
}
