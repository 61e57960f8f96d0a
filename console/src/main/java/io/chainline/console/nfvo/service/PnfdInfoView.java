package io.chainline.console.nfvo.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;

/**
 * SOL005 PnfdInfo, with SOL005's own attribute names: the version is {@code pnfdersion} (sic), as SOL005's data model
 * and OpenAPI spell it; a client generated from them reads exactly that.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PnfdInfoView(
        UUID id,
        String pnfdId,
        String pnfdName,
        String pnfdersion,
        String pnfdProvider,
        String pnfdInvariantId,
        String pnfdOnboardingState,
        FailureDetails onboardingFailureDetails,
        String pnfdUsageState,
        Map<String, Object> userDefinedData,
        @JsonProperty("_links") Map<String, Sol005Views.Link> links) {}
