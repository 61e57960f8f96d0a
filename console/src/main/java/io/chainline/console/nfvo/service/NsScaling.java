package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import io.chainline.console.deployment.domain.Operation;
import io.chainline.console.deployment.service.DeploymentSettings;
import io.chainline.console.deployment.service.JobOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SOL005's ScaleVnfData as a Chainline scale order: to a level, to aspect levels, or by steps of one aspect. */
final class NsScaling {

    private NsScaling() {}

    static JobOrder order(NsRequests.ScaleVnfData data, UUID deployment, String name, DeploymentSettings settings) {
        String nf = Optional.ofNullable(data.vnfInstanceId())
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> invalid("scaleVnfData.vnfInstanceId names the network function to scale."));
        if (data.scaleToLevelData() != null) {
            var to = data.scaleToLevelData();
            if (to.vnfInstantiationLevelId() != null) {
                return scale(deployment, name, nf, Optional.of(to.vnfInstantiationLevelId()), Map.of());
            }
            Map<String, Integer> aspects = new LinkedHashMap<>();
            to.vnfScaleInfo().forEach(i -> aspects.put(i.aspectId(), i.scaleLevel()));
            if (aspects.isEmpty()) {
                throw invalid("scaleToLevelData needs vnfInstantiationLevelId or vnfScaleInfo.");
            }
            return scale(deployment, name, nf, Optional.empty(), aspects);
        }
        if (data.scaleByStepData() == null || data.scaleByStepData().aspectId() == null) {
            throw invalid("scaleVnfData needs scaleToLevelData, or scaleByStepData with an aspectId.");
        }
        int sign = switch (String.valueOf(data.scaleVnfType())) {
            case "SCALE_OUT" -> 1;
            case "SCALE_IN" -> -1;
            default -> throw invalid("scaleVnfType is SCALE_OUT or SCALE_IN for scaleByStepData.");
        };
        String aspect = data.scaleByStepData().aspectId();
        int steps = Optional.ofNullable(data.scaleByStepData().numberOfSteps()).orElse(1);
        Map<String, Integer> current = new LinkedHashMap<>(settings.aspects().getOrDefault(nf, Map.of()));
        int next = current.getOrDefault(aspect, 0) + sign * steps;
        if (next < 0) {
            throw new ChainlineException(
                    "NS-SCALE-BELOW-ZERO",
                    Category.CONFLICT,
                    nf + "'s aspect " + aspect + " is at level " + current.getOrDefault(aspect, 0)
                            + "; it cannot scale in by " + steps + ".");
        }
        current.put(aspect, next);
        return scale(deployment, name, nf, Optional.empty(), current);
    }

    private static JobOrder scale(
            UUID deployment, String name, String nf, Optional<String> level, Map<String, Integer> aspects) {
        return new JobOrder(
                Operation.SCALE, Optional.of(deployment), name, null, null, Optional.of(nf), level, aspects, null);
    }

    private static ChainlineException invalid(String why) {
        return new ChainlineException("NS-SCALE-INVALID", Category.INVALID, why);
    }
}
