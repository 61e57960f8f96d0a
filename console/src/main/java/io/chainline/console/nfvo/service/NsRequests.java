package io.chainline.console.nfvo.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The SOL005 NS lifecycle requests Chainline takes, with SOL005's attribute names. */
public final class NsRequests {

    private NsRequests() {}

    /** @param nsdId the NSD's own identifier (not the NsdInfo resource id) */
    public record CreateNsRequest(String nsdId, String nsName, String nsDescription) {}

    /**
     * @param additionalParamsForNs Chainline's deployment settings: {@code targets}, {@code targetLabels},
     *     {@code overrides}, {@code onFailure} (ROLLBACK or LEAVE), {@code requireSignatures}, {@code trustedKeys},
     *     {@code levels}, {@code aspects}, {@code readiness}
     */
    public record InstantiateNsRequest(
            String nsFlavourId, String nsInstantiationLevelId, Map<String, Object> additionalParamsForNs) {}

    public record ScaleNsRequest(String scaleType, List<ScaleVnfData> scaleVnfData) {
        public ScaleNsRequest {
            scaleVnfData = scaleVnfData == null ? List.of() : List.copyOf(scaleVnfData);
        }
    }

    /** @param vnfInstanceId the network function's name in the chain (as the NS instance lists it) */
    public record ScaleVnfData(
            String vnfInstanceId,
            String scaleVnfType,
            ScaleToLevelData scaleToLevelData,
            ScaleByStepData scaleByStepData) {}

    public record ScaleToLevelData(String vnfInstantiationLevelId, List<VnfScaleInfo> vnfScaleInfo) {
        public ScaleToLevelData {
            vnfScaleInfo = vnfScaleInfo == null ? List.of() : List.copyOf(vnfScaleInfo);
        }
    }

    public record VnfScaleInfo(String aspectId, int scaleLevel) {}

    public record ScaleByStepData(String aspectId, Integer numberOfSteps) {}

    public record HealNsRequest(List<HealVnfData> healVnfData) {
        public HealNsRequest {
            healVnfData = healVnfData == null ? List.of() : List.copyOf(healVnfData);
        }
    }

    /**
     * @param vnfInstanceId a network function's name, or one workload's
     * @param additionalParams may name the {@code workload} of a network function with several
     */
    public record HealVnfData(String vnfInstanceId, String cause, Map<String, Object> additionalParams) {}

    public record TerminateNsRequest(Instant terminationTime) {}
}
