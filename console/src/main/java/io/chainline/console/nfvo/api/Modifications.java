package io.chainline.console.nfvo.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.nfvo.domain.OperationalState;
import java.util.Map;
import java.util.Optional;

/**
 * SOL005's VnfPkgInfoModifications and NsdInfoModifications: the operational state, and user-defined data merged as
 * a JSON merge patch (a key set to null is removed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Modifications(String operationalState, String nsdOperationalState, Map<String, Object> userDefinedData) {

    Optional<OperationalState> state() {
        String asked = operationalState != null ? operationalState : nsdOperationalState;
        if (asked == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OperationalState.valueOf(asked));
        } catch (IllegalArgumentException e) {
            throw new ChainlineException(
                    "OPERATIONAL-STATE-INVALID",
                    Category.INVALID,
                    "The operational state is ENABLED or DISABLED; got " + asked + ".",
                    e);
        }
    }

    void requireSomething() {
        if (operationalState == null && nsdOperationalState == null && userDefinedData == null) {
            throw new ChainlineException(
                    "MODIFICATIONS-EMPTY", Category.INVALID, "Send the operational state, userDefinedData, or both.");
        }
    }
}
